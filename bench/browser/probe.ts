/**
 * In-page instruments, evaluated as source text (not a serialised function, so no build-time helper
 * can leak into it and no CSP rule applies: DevTools evaluation is outside the page's policy).
 *
 * Keystroke: from the keydown event's timestamp (when the browser received the key, so any queueing
 * counts) to the first requestAnimationFrame after the first DOM mutation under the editor root
 * ("frame", QUALITY.md's measure) and to the end of that frame's rendering ("painted").
 */
export const PROBE_SOURCE = `(() => {
  if (window.__probe) return;
  const afterFrame = (done) => requestAnimationFrame(() => {
    const frame = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(frame, performance.now());
    channel.port2.postMessage(0);
  });
  const probe = {
    armed: false, t0: null, resolve: null, observer: null, longtasks: [],
    afterFrame: () => new Promise((resolve) => afterFrame((frame, painted) => resolve({ frame, painted }))),
    watch(root) {
      probe.observer?.disconnect();
      probe.observer = new MutationObserver(() => {
        if (probe.t0 === null) return;
        const t0 = probe.t0;
        probe.t0 = null;
        afterFrame((frame, painted) => probe.resolve?.({ frame: frame - t0, painted: painted - t0 }));
      });
      probe.observer.observe(root, { subtree: true, childList: true, characterData: true });
    },
    arm() {
      probe.armed = true;
      probe.t0 = null;
      probe.result = new Promise((resolve) => {
        probe.resolve = resolve;
        setTimeout(() => resolve(null), 5000);
      });
    },
  };
  document.addEventListener('keydown', (event) => {
    if (!probe.armed) return;
    probe.armed = false;
    probe.t0 = event.timeStamp;
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  window.__probe = probe;
})()`;

/** Puts the caret inside the middle paragraph of the editor root (scrolled into view) and focuses it. */
export const CARET_MID_SOURCE = (rootSelector: string) => `(async () => {
  const root = document.querySelector(${JSON.stringify(rootSelector)});
  const blocks = [...root.children];
  let index = Math.floor(blocks.length / 2);
  while (index < blocks.length && blocks[index].tagName !== 'P') index += 1;
  const block = blocks[index];
  block.scrollIntoView({ block: 'center' });
  root.focus({ preventScroll: true });
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode();
  const offset = Math.max(0, text.data.indexOf(' ', Math.floor(text.data.length / 2)));
  window.getSelection().setBaseAndExtent(text, offset, text, offset);
  await window.__probe.afterFrame();
  await window.__probe.afterFrame();
  window.__probe.watch(root);
  return index;
})()`;
