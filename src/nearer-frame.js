// nearer-frame.js: the host page's side of the Nearer iframe
// (<iframe data-nearer-frame src=".../embed.html?...">): makes each such
// frame as tall as the widget inside it. It says hello to the frame's own
// origin (an explicit targetOrigin), and then accepts from that frame's
// window, from that origin only, a height (a number, nothing else) and a
// ready signal; any other message, window or origin is ignored. It reads
// nothing from the frame and sends it nothing else. Styles are set through
// the CSSOM, which a strict Content-Security-Policy allows.
(() => {
  const frames = new Set();
  const originOf = (frame) => {
    try { return new URL(frame.src, location.href).origin; } catch { return 'null'; }
  };
  const hello = (frame) => {
    const origin = originOf(frame);
    if (origin !== 'null' && frame.contentWindow) frame.contentWindow.postMessage({ nearer: 'hello' }, origin);
  };
  const setup = (frame) => {
    if (frames.has(frame)) return;
    frames.add(frame);
    // full width of its column unless the page says otherwise, and no
    // browser-default inset border
    if (!frame.hasAttribute('width')) frame.style.width = '100%';
    if (getComputedStyle(frame).borderTopStyle === 'inset') frame.style.border = '0';
    frame.style.display = 'block';
    frame.addEventListener('load', () => hello(frame));
    hello(frame);
  };
  addEventListener('message', (event) => {
    for (const frame of frames) {
      if (!frame.isConnected) { frames.delete(frame); continue; }
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== originOf(frame)) return;
      const data = event.data;
      if (data?.nearer === 'height' && Number.isFinite(data.height) && data.height > 0) {
        frame.style.height = `${Math.min(Math.ceil(data.height), 20000)}px`;
      } else if (data?.nearer === 'ready') {
        frame.setAttribute('data-nearer-ready', '');
      }
      return;
    }
  });
  const scan = () => { for (const f of document.querySelectorAll('iframe[data-nearer-frame]')) setup(f); };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
