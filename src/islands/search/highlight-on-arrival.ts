/**
 * A page with searchable content reached with a query string was reached from a search result (lessons take
 * no other parameters): only then is the highlighter loaded, to mark the searched words.
 */
if (location.search && document.querySelector('[data-pagefind-body]')) void import('./lesson-highlight.ts');
