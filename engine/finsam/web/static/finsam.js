// finsam: the chosen files (added over several picks or drops), one job at a time with its
// steps pushed from the server (server-sent events, polling if they fail), and the result
// shown in place. The page also works without this file (plain forms).
(function () {
  "use strict";
  var chosen = [];     // File objects, kept across picks, drops and results
  var busy = false;

  function $(id) { return document.getElementById(id); }
  function token() { var m = document.querySelector('meta[name="csrf"]'); return m ? m.content : ""; }
  function kb(n) { return "(" + Math.max(1, Math.round(n / 1024)).toLocaleString("sv-SE") + " kB)"; }

  function renderChosen() {
    var list = $("valda"), none = $("ingen-vald");
    list.textContent = "";
    chosen.forEach(function (f, i) {
      var li = document.createElement("li");
      var name = document.createElement("span");
      name.className = "namn";
      name.textContent = f.name;
      var size = document.createElement("span");
      size.className = "storlek";
      size.textContent = kb(f.size);
      var rm = document.createElement("button");
      rm.type = "button";
      rm.className = "ta-bort";
      rm.textContent = "Ta bort";
      rm.setAttribute("aria-label", "Ta bort " + f.name);
      rm.addEventListener("click", function () { chosen.splice(i, 1); renderChosen(); });
      li.appendChild(name);
      li.appendChild(size);
      li.appendChild(rm);
      list.appendChild(li);
    });
    list.hidden = chosen.length === 0;
    none.textContent = chosen.length ? chosen.length + (chosen.length === 1 ? " fil vald:" : " filer valda:")
      : "Inga filer valda ännu.";
  }

  function add(files) {
    for (var i = 0; i < files.length; i++) {
      var f = files[i], known = false;
      for (var j = 0; j < chosen.length; j++) {
        if (chosen[j].name === f.name && chosen[j].size === f.size && chosen[j].lastModified === f.lastModified) {
          known = true;
        }
      }
      if (!known) { chosen.push(f); }
    }
    renderChosen();
  }

  function setBusy(on) {
    busy = on;
    document.querySelectorAll(".jobbknapp").forEach(function (b) { b.disabled = on; });
    $("resultat").setAttribute("aria-busy", on ? "true" : "false");
  }

  function status(text, percent) {
    $("status").hidden = false;
    $("statustext").textContent = text;
    var bar = $("framsteg");
    if (percent === null) { bar.removeAttribute("value"); } else { bar.value = percent; }
  }

  function step(text) {
    var list = $("steg");
    list.querySelectorAll("li.pagar").forEach(function (li) { li.className = "klar"; li.textContent = li.dataset.text; });
    var li = document.createElement("li");
    li.className = "pagar";
    li.textContent = text + " …";
    li.dataset.text = text;
    list.appendChild(li);
    status(text + " …", null);
  }

  function stepsDone(ok) {
    var list = $("steg");
    list.querySelectorAll("li.pagar").forEach(function (li) { li.className = "klar"; li.textContent = li.dataset.text; });
    status(ok ? "Klart." : "Klart – se meddelandet nedan.", 100);
    $("framsteg").hidden = true;
    $("stegruta").open = false;
    $("stegrubrik").textContent = "Visa stegen (" + list.children.length + ")";
  }

  function showError(text) {
    var box = $("resultat");
    box.textContent = "";
    var div = document.createElement("div");
    div.className = "fel-ruta";
    div.id = "felruta";
    div.setAttribute("role", "alert");
    var p = document.createElement("p");
    p.textContent = text;
    div.appendChild(p);
    box.appendChild(div);
    show();
  }

  function show() {
    var box = $("resultat");
    box.focus({ preventScroll: true });
    var first = $("besked") || $("felruta") || box, rect = first.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) { $("resultat-ruta").scrollIntoView({ block: "start" }); }
  }

  function start(action, opts) {
    if (busy) { return; }
    if (!opts.exempel && chosen.length === 0) {
      showError("Välj arbetsböckerna (.xlsx) först: knappen Välj filer, eller dra hit dem.");
      return;
    }
    setBusy(true);
    $("steg").textContent = "";
    $("framsteg").hidden = false;
    $("stegruta").open = true;
    $("stegrubrik").textContent = "Steg";
    $("status").hidden = false;
    var top = $("status").getBoundingClientRect();
    if (top.top < 0 || top.bottom > window.innerHeight) { $("resultat-ruta").scrollIntoView({ block: "start" }); }
    var data = new FormData();
    data.append("csrf", token());
    if (opts.exempel) { data.append("exempel", "1"); }
    if (opts.utkast) { data.append("utkast", "1"); }
    if (!opts.exempel) { chosen.forEach(function (f) { data.append("filer", f, f.name); }); }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", action);
    xhr.setRequestHeader("X-Finsam-Jobb", "1");
    xhr.setRequestHeader("X-CSRF-Token", token());
    xhr.responseType = "json";
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { status("Skickar filerna …", Math.round(100 * e.loaded / e.total)); }
    };
    xhr.onload = function () {
      var body = xhr.response || {};
      if (xhr.status === 202 && body.jobb) { follow(body, opts); return; }
      setBusy(false);
      status("Inget gjordes.", 0);
      showError(body.fel || "Något gick fel (" + xhr.status + "). Försök igen.");
    };
    xhr.onerror = function () {
      setBusy(false);
      status("Kontakten med finsam bröts.", 0);
      showError("Kontakten med finsam bröts. Kontrollera att finsam fortfarande körs och försök igen.");
    };
    status(opts.exempel ? "Startar exemplet …" : "Skickar filerna …", opts.exempel ? null : 0);
    xhr.send(data);
  }

  function follow(job, opts) {
    var seen = 0, finished = false;
    if (!window.EventSource) { poll(job, opts, 0); return; }
    var es = new EventSource(job.handelser);
    es.addEventListener("steg", function (e) {
      var d = JSON.parse(e.data);
      if (d.nr > seen) { seen = d.nr; step(d.text); }
    });
    es.addEventListener("klar", function () { finished = true; es.close(); result(job, opts); });
    es.onerror = function () { if (!finished) { es.close(); poll(job, opts, seen); } };
  }

  function poll(job, opts, seen) {
    fetch(job.status, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (s) {
      for (var i = seen; i < s.steg.length; i++) { step(s.steg[i]); }
      if (s.klar) { result(job, opts); } else { setTimeout(function () { poll(job, opts, s.steg.length); }, 700); }
    }).catch(function () { setBusy(false); showError("Kontakten med finsam bröts. Försök igen."); });
  }

  function result(job, opts) {
    fetch(job.resultat, { credentials: "same-origin" }).then(function (r) {
      return r.text().then(function (html) { return { ok: r.ok, html: html }; });
    }).then(function (res) {
      $("resultat").innerHTML = res.html;   // the server's own escaped template; previews are sanitised
      stepsDone(res.ok);
      setBusy(false);
      bindResult(opts);
      show();
    }).catch(function () { setBusy(false); showError("Resultatet kunde inte hämtas. Försök igen."); });
  }

  function bindResult() {
    document.querySelectorAll("#resultat form.byggform").forEach(function (form) {
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        start("/bygg", { exempel: !!form.querySelector('input[name="exempel"]'),
                         utkast: !!form.querySelector('input[name="utkast"]') });
      });
    });
  }

  function bind() {
    var form = $("formular"), input = $("filer"), zone = $("slapp");
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var action = (e.submitter && e.submitter.getAttribute("formaction")) || "/kontrollera";
      start(action, { exempel: false, utkast: false });
    });
    input.addEventListener("change", function () { add(input.files); input.value = ""; });
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) { add(e.dataTransfer.files); });
    $("exempelform").addEventListener("submit", function (e) {
      e.preventDefault();
      start("/exempel", { exempel: true, utkast: false });
    });
    bindResult();
    renderChosen();
  }

  document.addEventListener("DOMContentLoaded", bind);
})();
