import list from '../styles/list.css?inline';
import orderPage from '../styles/order-page.css?inline';
import base from '../styles/widget.css?inline';

/** The CSS every widget needs at once; the order view brings its own (order-part.ts). */
export const WIDGET_CSS = `${base}\n${list}\n${orderPage}`;

function canAdopt(root: ShadowRoot): boolean {
  return (
    'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype
  );
}

/**
 * Puts `css` into a shadow root, after what is there; returns the undo. A constructed
 * stylesheet where the browser has them (allowed under a strict CSP without a nonce), else a
 * `<style>` element carrying the store's nonce (`style-src 'nonce-...'`).
 */
export function attachStyles(root: ShadowRoot, css: string, nonce?: string | null): () => void {
  if (canAdopt(root)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }
  const style = root.ownerDocument.createElement('style');
  if (nonce) {
    style.setAttribute('nonce', nonce);
    style.nonce = nonce;
  }
  style.textContent = css;
  // Before the widget's container, after any earlier sheet: later sheets win ties, as adopted ones do.
  const last = [...root.children].filter((child) => child.localName === 'style').pop();
  if (last) last.after(style);
  else root.prepend(style);
  return () => style.remove();
}
