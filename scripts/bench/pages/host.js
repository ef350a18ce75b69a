// The host page's own script: with ?bare it leaves the widget out, otherwise
// it puts in the documented embed (script tag + element), as a coach's page
// has it from the start. (A module script runs before DOMContentLoaded, so
// the embed is in the document as early as if it were written in the HTML.)
const bare = new URLSearchParams(location.search).has('bare');
if (!bare) {
  const el = document.createElement('nearer-widget');
  el.setAttribute('data-namespace', 'bench-host');
  document.querySelector('.reflection').append(el);
  const s = document.createElement('script');
  s.type = 'module';
  s.src = '/nearer/nearer-widget.js';
  document.head.append(s);
}
