/**
 * Whether the page is on screen, as the embed layer sees it (it owns `document`). Polling and
 * the countdown pause while hidden, so a background tab costs the store nothing.
 */
export interface VisibilitySource {
  isVisible(): boolean;
  /** Calls back on every change; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

/** For models created without an embed layer (tests of the model alone, server rendering). */
export const ALWAYS_VISIBLE: VisibilitySource = {
  isVisible: () => true,
  subscribe: () => () => {},
};
