// Builds the widget's introduction screen with DOM calls, in the same
// markup (.nearer[data-screen] button) the bench's probe waits for.
const words = {
  title: 'Where did the distance come from?',
  lead: 'Closeness rarely fades for one reason. This short reflection helps you see which everyday pressures have put distance between you and your partner.',
  points: ['It takes about five minutes.', 'Answer for how things have been lately.', 'You can stop at any time.'],
  begin: 'Begin',
};
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
};
const host = document.querySelector('[data-plain]');
const root = el('section', 'nearer');
root.setAttribute('data-screen', 'intro');
root.append(el('h2', 'nearer-title', words.title), el('p', null, words.lead));
const ul = el('ul');
for (const p of words.points) ul.append(el('li', null, p));
const begin = el('button', 'nearer-button nearer-button--primary', words.begin);
begin.type = 'button';
let step = 0;
begin.addEventListener('click', () => { step += 1; root.setAttribute('data-screen', `step-${step}`); });
root.append(ul, begin);
host.append(root);
