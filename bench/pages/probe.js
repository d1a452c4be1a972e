// The bench's probe, added to every measured page before its own scripts (an init script), the
// same for the widget and the hand-written page. It watches every shadow root the page attaches
// (a MutationObserver from the moment of attachShadow) and:
// - records when 15 rows (`.order-row-open`, the order buttons) first exist ("list"), then when that frame was painted;
// - waits for any condition on the shadow roots (`until`), checked at every mutation;
// - counts mutation records (all, and those outside the "updated" stamp).
// "Painted" is the task right after the next animation frame: the frame that drew the DOM.
(() => {
  if (window.__bench) return;
  const roots = [];
  const waiters = new Set();
  const milestones = {};
  const milestoneWaiters = [];
  let counts;
  const resetRecords = () => {
    counts = { total: 0, outsideStamp: 0, childList: 0, attributes: 0, characterData: 0 };
  };
  resetRecords();

  const afterPaint = (domAt) =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ domAt, frameAt, paintAt: performance.now() });
        channel.port2.postMessage(null);
      });
    });
  const frames = (count) =>
    new Promise((resolve) => {
      const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
      step(count);
    });

  const setMilestone = (name, timing) => {
    milestones[name] = timing;
    for (const waiter of milestoneWaiters.filter((one) => one.name === name)) waiter.resolve(timing);
  };
  const count = (selector) => roots.reduce((sum, root) => sum + root.querySelectorAll(selector).length, 0);
  let listSeen = false;
  const check = () => {
    const now = performance.now();
    if (!listSeen && count('.order-row-open') >= 15) {
      listSeen = true;
      afterPaint(now).then((timing) => setMilestone('list', timing));
    }
    for (const waiter of [...waiters]) {
      if (!waiter.check(roots)) continue;
      waiters.delete(waiter);
      afterPaint(now).then(waiter.resolve);
    }
  };

  const stampOf = (node) => {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element?.closest('.order-list-updated') ?? null;
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      counts.total += 1;
      counts[record.type] += 1;
      if (!stampOf(record.target)) counts.outsideStamp += 1;
    }
    check();
  });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function benchAttachShadow(init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    return root;
  };

  window.__bench = {
    roots,
    milestone: (name) =>
      milestones[name]
        ? Promise.resolve(milestones[name])
        : new Promise((resolve) => milestoneWaiters.push({ name, resolve })),
    until: (condition) =>
      new Promise((resolve) => {
        const waiter = { check: condition, resolve };
        if (condition(roots)) afterPaint(performance.now()).then(resolve);
        else waiters.add(waiter);
      }),
    records: () => ({ ...counts }),
    resetRecords,
    frames,
    find: (selector) => {
      for (const root of roots) {
        const found = root.querySelector(selector);
        if (found) return found;
      }
      return null;
    },
  };
})();
