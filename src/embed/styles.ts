import base from '../styles/widget.css?inline';
import list from '../styles/list.css?inline';
import detail from '../styles/detail.css?inline';
import cancel from '../styles/cancel.css?inline';

const css = [base, list, detail, cancel].join('\n');

function canAdopt(root: ShadowRoot): boolean {
  return 'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;
}

/**
 * Puts the widget's CSS into a shadow root; returns the undo. A constructed stylesheet where
 * the browser has them (allowed under a strict CSP without a nonce), else a `<style>` element
 * carrying the store's nonce (`style-src 'nonce-...'`).
 */
export function attachStyles(root: ShadowRoot, nonce?: string | null): () => void {
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
  root.prepend(style);
  return () => style.remove();
}
