// The storefront's login cookie for the mock's main shopper (VTEX ID sets the real one, HttpOnly).
// biome-ignore lint/suspicious/noDocumentCookie: the page plays the storefront, which has the cookie
document.cookie = 'VtexIdclientAutCookie=mock-session-mariana-costa; path=/; SameSite=Lax';
