// embed.html's own script (the page inside the iframe). Runs before the
// entry module, so the widget mounts with its settings:
// 1. every query parameter `x` becomes the attribute `data-x` of the page's
//    [data-nearer] element (`?accent=%238a3b5c` → data-accent="#8a3b5c"), so
//    the widget validates it exactly as it does an attribute: a bad value
//    gets the same console warning and the default;
// 2. it tells the page around the frame how tall the widget is, so
//    nearer-frame.js there can size the iframe. Nothing but a height and a
//    "ready" signal ever leaves: only to the parent window, only after the
//    parent said hello, and only to the origin that said it (an explicit
//    targetOrigin, never '*'). `?host=https://coach.example` limits who may
//    say hello to that one origin.
const params = new URLSearchParams(location.search);
const el = document.querySelector('[data-nearer]');
for (const [name, value] of params) {
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(name) || name === 'nearer' || name === 'host') continue;
  el?.setAttribute(`data-${name}`, value);
}

// A transparent page around the widget, room for its focus rings, and no
// scrollbar once the parent sizes the frame to fit (a constructed style
// sheet: allowed by the page's strict policy).
const sheet = new CSSStyleSheet();
sheet.replaceSync(`html,body{margin:0;background:transparent}
body{padding:8px}
main{display:block}
html.nearer-embed--sized{overflow:hidden}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

if (window.parent !== window) {
  const allowed = params.get('host');
  let parentOrigin = null;
  let mounted = false;
  let sent = 0;
  const post = (message) => window.parent.postMessage(message, parentOrigin);
  const height = () => Math.ceil(document.body.getBoundingClientRect().height);
  const report = () => {
    if (!parentOrigin) return;
    const h = height();
    if (h !== sent) {
      sent = h;
      post({ nearer: 'height', height: h });
    }
  };
  new ResizeObserver(report).observe(document.body);
  document.addEventListener('nearer:ready', () => {
    mounted = true;
    if (parentOrigin) post({ nearer: 'ready' });
  });
  addEventListener('message', (event) => {
    // only the window that holds this frame, only its hello, only from the
    // origin it spoke from first (or the one ?host= names)
    if (event.source !== window.parent || event.data?.nearer !== 'hello') return;
    if (event.origin === 'null' || (allowed && event.origin !== allowed)) return;
    if (parentOrigin && event.origin !== parentOrigin) return;
    parentOrigin = event.origin;
    document.documentElement.classList.add('nearer-embed--sized');
    sent = 0;
    report();
    if (mounted) post({ nearer: 'ready' });
  });
}
