// Content editor: rich text with TinyMCE (from its WebJar), the reference picker's choices, focus after errors.
// Everything else (adding, removing, moving entries) are plain form buttons handled on the server.
(function () {
  "use strict";
  var contextPath = (function () {
    var script = document.querySelector('script[src$="/.magnolia/static/editor.js"]');
    return script ? script.getAttribute("src").replace(/\/\.magnolia\/static\/editor\.js$/, "") : "";
  })();

  function focusErrors() {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
  }

  // A link in the error summary to a rich-text field focuses its editor (the textarea itself is hidden).
  function followErrorLinks() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest("#error-summary a[href^='#']");
      if (!link || !window.tinymce) {
        return;
      }
      var editor = window.tinymce.get(link.getAttribute("href").substring(1));
      if (editor) {
        event.preventDefault();
        editor.getContainer().scrollIntoView();
        editor.focus();
      }
    });
  }

  function pickerOf(element) {
    return element.closest("[data-picker]");
  }

  function showSelection(picker, title) {
    var current = picker.querySelector("[data-picker-current]");
    current.textContent = "";
    if (title === null) {
      current.textContent = picker.getAttribute("data-text-none");
    } else {
      current.appendChild(document.createTextNode(picker.getAttribute("data-text-selected") + " "));
      var strong = document.createElement("strong");
      strong.textContent = title;
      current.appendChild(strong);
    }
    var clear = picker.querySelector("[data-picker-clear]");
    if (clear) {
      clear.hidden = title === null;
    }
  }

  function initPickers() {
    document.addEventListener("click", function (event) {
      var choice = event.target.closest("[data-pick-id]");
      var clear = event.target.closest("[data-picker-clear]");
      if (choice && pickerOf(choice)) {
        var picker = pickerOf(choice);
        picker.querySelector("[data-picker-value]").value = choice.getAttribute("data-pick-id");
        showSelection(picker, choice.getAttribute("data-pick-title"));
        picker.querySelector(".picker-results").textContent = "";
        var search = picker.querySelector("[data-picker-search]");
        search.value = "";
        search.focus();
      } else if (clear && pickerOf(clear)) {
        pickerOf(clear).querySelector("[data-picker-value]").value = "";
        showSelection(pickerOf(clear), null);
        pickerOf(clear).querySelector("[data-picker-search]").focus();
      }
    });
    // Enter in a search field searches instead of submitting (and so saving) the form.
    document.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.target.matches && event.target.matches("[data-picker-search]")) {
        event.preventDefault();
        if (window.htmx) {
          window.htmx.trigger(event.target, "search");
        }
      }
    });
  }

  // TinyMCE's WebJar has no language packs: the German texts of the toolbar and link dialog we use.
  var GERMAN = {
    "Undo": "Rückgängig", "Redo": "Wiederholen", "Blocks": "Absatzformat", "Formats": "Formate",
    "Paragraph": "Absatz", "Heading 2": "Überschrift 2", "Heading 3": "Überschrift 3", "Heading 4": "Überschrift 4",
    "Bold": "Fett", "Italic": "Kursiv", "Bullet list": "Aufzählung", "Numbered list": "Nummerierte Liste",
    "Insert/edit link": "Link einfügen/bearbeiten", "Link...": "Link …", "Remove link": "Link entfernen",
    "Open link": "Link öffnen", "URL": "Adresse (URL)", "Text to display": "Angezeigter Text", "Title": "Titel",
    "Open link in...": "Link öffnen in …", "Current window": "Gleiches Fenster", "New window": "Neues Fenster",
    "Save": "Übernehmen", "Cancel": "Abbrechen", "Close": "Schließen",
    "Table": "Tabelle", "Insert table": "Tabelle einfügen", "Delete table": "Tabelle löschen",
    "Row": "Zeile", "Column": "Spalte", "Cell": "Zelle", "Table properties": "Tabelleneigenschaften",
    "Insert row before": "Zeile davor einfügen", "Insert row after": "Zeile danach einfügen",
    "Delete row": "Zeile löschen", "Insert column before": "Spalte davor einfügen",
    "Insert column after": "Spalte danach einfügen", "Delete column": "Spalte löschen",
    "Clear formatting": "Formatierung entfernen", "Rich Text Area": "Textbereich",
    "Press Alt+0 for help": "Alt+0 drücken für Hilfe", "Text color": "Textfarbe", "More...": "Mehr …"
  };

  function initRichText() {
    var areas = document.querySelectorAll("textarea[data-rich-text]");
    if (areas.length === 0) {
      return;
    }
    var script = document.createElement("script");
    script.src = contextPath + "/webjars/tinymce/tinymce.min.js";
    script.onload = function () {
      var german = document.documentElement.lang === "de";
      if (german) {
        window.tinymce.addI18n("de", GERMAN);
      }
      Array.prototype.forEach.call(areas, function (area) {
        window.tinymce.init({
          target: area,
          base_url: contextPath + "/webjars/tinymce",
          language: german ? "de" : "en",
          language_load: false,
          suffix: ".min",
          promotion: false,
          branding: false,
          menubar: false,
          statusbar: false,
          height: 280,
          plugins: "lists link table",
          toolbar: "undo redo | blocks | bold italic | bullist numlist | link table | removeformat",
          block_formats: "Absatz=p; Überschrift 2=h2; Überschrift 3=h3; Überschrift 4=h4",
          entity_encoding: "raw",
          indent: false,
          convert_urls: false,
          link_default_protocol: "https",
          iframe_aria_text: area.getAttribute("data-label"),
          setup: function (editor) {
            editor.on("change input undo redo", function () {
              editor.save();
            });
          }
        });
      });
    };
    document.head.appendChild(script);
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusErrors();
    followErrorLinks();
    initPickers();
    initRichText();
  });
})();
