// The screening queue works without this file; it adds a "select every waiting entry on this page" box.
document.addEventListener('DOMContentLoaded', function () {
  var all = document.getElementById('select-all');
  if (!all) {
    return;
  }
  var boxes = document.querySelectorAll('input[type=checkbox][name=entry]');
  all.hidden = boxes.length === 0;
  all.addEventListener('change', function () {
    boxes.forEach(function (box) { box.checked = all.checked; });
  });
});
