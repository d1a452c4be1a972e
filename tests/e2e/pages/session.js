// The storefront's login cookie for the mock's main shopper (VTEX ID sets the real one, HttpOnly).
// An external file so that the strict-CSP host can run it too.
document.cookie = 'VtexIdclientAutCookie=mock-session-mariana-costa; path=/; SameSite=Lax';
