// A browser without constructed stylesheets (Safari before 16.4): the widget must fall back to
// <style> elements. Removing `adoptedStyleSheets` is what the widget's feature test looks for.
for (const prototype of [ShadowRoot.prototype, Document.prototype]) {
  delete prototype.adoptedStyleSheets;
}
