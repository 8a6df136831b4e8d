// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  // Live maximum support in the new-dossier wizard: min(rate × cost, cap), rounded down to 1 000 đ.
  var cost = document.querySelector('#cost[data-rate]');
  var out = document.getElementById('max-support');
  if (cost && out) {
    var update = function () {
      var digits = cost.value.replace(/[^0-9]/g, '');
      if (!digits) { out.textContent = '—'; return; }
      var byRate = Math.floor(Number(digits) * Number(cost.dataset.rate) / 100);
      var max = Math.min(byRate, Number(cost.dataset.cap));
      max = max - max % 1000;
      out.textContent = String(max).replace(/\B(?=(\d{3})+(?!\d))/g, out.dataset.sep) + out.dataset.suffix;
    };
    cost.addEventListener('input', update);
    update();
  }
  // Confirm destructive actions.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.dataset.confirm)) { e.preventDefault(); }
    });
  });
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
});
