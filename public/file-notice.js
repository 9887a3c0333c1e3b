// A classic script, not a module, so that it runs even when a page is opened from a file (file://), where
// browsers block the site's module scripts: it tells the learner what does not work there, and why.
if (location.protocol === 'file:') {
  var notice = document.getElementById('file-notice');
  if (notice) notice.hidden = false;
}
