import type { VisibilitySource } from '../state/visibility.ts';

/** The page's visibility as the model needs it: polling and countdowns pause while hidden. */
export function documentVisibility(doc: Document): VisibilitySource {
  return {
    isVisible: () => doc.visibilityState !== 'hidden',
    subscribe(onChange) {
      doc.addEventListener('visibilitychange', onChange);
      return () => doc.removeEventListener('visibilitychange', onChange);
    },
  };
}
