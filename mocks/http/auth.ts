/** Who is calling: a shopper by session cookie, or the seller by app key and token. */
import type { ShopperRecord } from '../model.ts';
import { SHOPPERS } from '../seed/people.ts';
import { SELLER_APP_KEY, SELLER_APP_TOKEN, SESSION_COOKIE } from '../types.ts';

/**
 * msw 2.15 appends `document.cookie` to the request once per handler it tries, so a session
 * cookie can read `tok, VtexIdclientAutCookie=tok`: the token is what comes before the first
 * comma (tokens never hold one).
 */
export function shopperFromCookies(cookies: Record<string, string>): ShopperRecord | null {
  const token = cookies[SESSION_COOKIE]?.split(',')[0]?.trim();
  if (!token) return null;
  return Object.values(SHOPPERS).find((shopper) => shopper.sessionToken === token) ?? null;
}

export function isSeller(request: Request): boolean {
  return (
    request.headers.get('X-VTEX-API-AppKey') === SELLER_APP_KEY &&
    request.headers.get('X-VTEX-API-AppToken') === SELLER_APP_TOKEN
  );
}
