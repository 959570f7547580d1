// finsam: drag and drop, progress and in-place results. The page works without this file.
(function () {
  "use strict";
  var selected = null; // the FileList chosen, kept across in-place updates

  function $(id) { return document.getElementById(id); }

  function showStatus(text, percent) {
    var box = $("status"), bar = $("framsteg");
    box.hidden = false;
    $("statustext").textContent = text;
    if (percent === null) { bar.removeAttribute("value"); } else { bar.value = percent; }
  }

  function replaceMain(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var main = doc.getElementById("innehall");
    if (main) { $("innehall").replaceWith(main); }
    bind();
    if (selected && $("filer")) {
      var dt = new DataTransfer();
      for (var i = 0; i < selected.length; i++) { dt.items.add(selected[i]); }
      $("filer").files = dt.files;
    }
    var focus = $("gron") || $("rod") || document.querySelector(".fel-ruta h2");
    if (focus) { focus.setAttribute("tabindex", "-1"); focus.focus(); }
  }

  function send(action, form) {
    var data = new FormData(form);
    var building = action === "/bygg";
    var xhr = new XMLHttpRequest();
    xhr.open("POST", action);
    xhr.responseType = "blob";
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { showStatus("Skickar filerna …", Math.round(100 * e.loaded / e.total)); }
    };
    xhr.upload.onload = function () {
      showStatus(building ? "Skapar rapporterna …" : "Kontrollerar …", null);
    };
    xhr.onload = function () {
      var type = xhr.getResponseHeader("Content-Type") || "";
      if (xhr.status === 200 && type.indexOf("application/zip") === 0) {
        var url = URL.createObjectURL(xhr.response);
        var link = document.createElement("a");
        link.href = url;
        link.download = "finsam-rapporter.zip";
        document.body.appendChild(link);
        link.click();
        link.remove();
        showStatus("Klart: finsam-rapporter.zip har laddats ned.", 100);
        return;
      }
      xhr.response.text().then(function (html) {
        replaceMain(html);
        showStatus(xhr.status === 200 ? "Kontrollen är klar." : "Klart, se meddelandet nedan.", 100);
      });
    };
    xhr.onerror = function () { showStatus("Kontakten med finsam bröts. Försök igen.", 0); };
    showStatus("Skickar filerna …", 0);
    xhr.send(data);
  }

  function sortRows() {
    var table = $("fyndtabell");
    if (!table) { return; }
    var body = table.tBodies[0], head = table.querySelector("th[aria-sort]");
    var ascending = head.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.dataset.typ === "fel" ? 0 : 1, y = b.dataset.typ === "fel" ? 0 : 1;
      return ascending ? x - y : y - x;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    table.caption.textContent = ascending ? "Fynd, fel först" : "Fynd, avvikelser först";
  }

  function bind() {
    var form = $("formular"), input = $("filer"), zone = $("slapp");
    if (form && !form.dataset.bound) {
      form.dataset.bound = "1";
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        var action = (e.submitter && e.submitter.getAttribute("formaction")) || "/kontrollera";
        selected = input.files;
        send(action, form);
      });
      input.addEventListener("change", function () { selected = input.files; });
      ["dragenter", "dragover"].forEach(function (name) {
        zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
      });
      ["dragleave", "drop"].forEach(function (name) {
        zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("over"); });
      });
      zone.addEventListener("drop", function (e) {
        input.files = e.dataTransfer.files;
        selected = input.files;
        showStatus(input.files.length + " filer valda.", 0);
      });
    }
    var sort = $("sortera");
    if (sort) { sort.addEventListener("click", sortRows); }
  }

  document.addEventListener("DOMContentLoaded", bind);
})();
