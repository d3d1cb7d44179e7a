/** `html` of the page file `page` (e.g. `index.html`) with the site's header and footer in place. */
export function withSiteChrome(html: string, page: string): string;
