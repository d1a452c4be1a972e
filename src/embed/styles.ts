import base from '../styles/widget.css?inline';
import list from '../styles/list.css?inline';
import detail from '../styles/detail.css?inline';
import cancel from '../styles/cancel.css?inline';

const css = [base, list, detail, cancel].join('\n');

/**
 * Adopts the widget's CSS into a shadow root as a constructed stylesheet (allowed under a
 * strict CSP); returns the undo.
 */
export function adoptStyles(root: ShadowRoot): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
