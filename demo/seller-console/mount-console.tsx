/**
 * Starts the seller console in an element of the demo page: the console talks to the mock
 * only over HTTP (seller and control endpoints), so it plays the store's side of the flow.
 */
import { render } from 'preact';
import { createSellerApi, type SellerApi } from '../seller-api.ts';
import { type ConsoleOptions, createConsoleModel } from './console-model.ts';
import { SellerConsole } from './SellerConsole.tsx';

export interface SellerConsoleOptions extends ConsoleOptions {
  /** Default: the page's own origin. */
  api?: SellerApi;
}

export interface SellerConsoleHandle {
  /** Resolves after the first read of orders and state. */
  ready: Promise<void>;
  destroy(): void;
}

export function startSellerConsole(host: HTMLElement, options: SellerConsoleOptions = {}): SellerConsoleHandle {
  const model = createConsoleModel(options.api ?? createSellerApi(), options);
  render(<SellerConsole model={model} />, host);
  return {
    ready: model.start(),
    destroy() {
      model.dispose();
      render(null, host);
    },
  };
}
