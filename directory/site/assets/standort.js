// Progressive enhancement of the search form: with the person's consent, the
// browser's location fills the hidden fields lat and lon. Without this script the
// search works by place or postcode.
(function () {
  var box = document.querySelector(".locate");
  var button = document.getElementById("standort");
  if (!box || !button || !navigator.geolocation) return;
  var status = document.getElementById("standort-status");
  box.hidden = false;
  button.addEventListener("click", function () {
    status.textContent = "Standort wird ermittelt …";
    navigator.geolocation.getCurrentPosition(function (pos) {
      document.getElementById("lat").value = pos.coords.latitude.toFixed(4);
      document.getElementById("lon").value = pos.coords.longitude.toFixed(4);
      document.getElementById("ort").value = "";
      status.textContent = "Ihr Standort wird für die Suche verwendet.";
    }, function () {
      status.textContent = "Der Standort ist nicht verfügbar. Bitte geben Sie einen Ort oder eine Postleitzahl ein.";
    }, { timeout: 10000, maximumAge: 600000 });
  });
})();
