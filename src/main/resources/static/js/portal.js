// A little help on the portal's pages; every page works without it.
(function () {
  'use strict';
  // Standard booths are counted, a special booth is measured: show the field that applies.
  function boothFields(select) {
    var item = select.closest('.item');
    if (!item) { return; }
    var special = select.value === 'SPECIAL';
    item.querySelectorAll('[data-booth]').forEach(function (field) {
      field.hidden = (field.getAttribute('data-booth') === 'areaSqm') !== special;
    });
  }
  document.querySelectorAll('select[name$=".boothKind"]').forEach(function (select) {
    boothFields(select);
    select.addEventListener('change', function () { boothFields(select); });
  });
  // "添加事项" sends the chosen type with it.
  document.querySelectorAll('[data-add-button]').forEach(function (button) {
    var type = button.form && button.form.querySelector('[data-add-type]');
    if (!type) { return; }
    var sync = function () { button.value = 'add:' + type.value; };
    sync();
    type.addEventListener('change', sync);
  });
  // A file over the limit is refused here, before it is sent.
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var max = Number(input.getAttribute('data-max-bytes'));
      var file = input.files && input.files[0];
      input.setCustomValidity(file && file.size > max ? '文件不得超过 20 MB，请压缩或分拆后再上传' : '');
      input.reportValidity();
    });
  });
  document.querySelectorAll('[data-confirm]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (!window.confirm(button.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
})();
