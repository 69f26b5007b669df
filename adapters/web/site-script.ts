/**
 * The directory's one script, served as /assets/site.js (the CSP allows only same-origin
 * scripts, none inline). It does two things the pages cannot do without it: it asks the bot
 * the search box's question through GET /api/answer and shows the Answer, and it keeps the
 * theme Teams asked for (?theme=dark) on the links between pages. Everything else works
 * without it. It builds the answer with DOM calls and textContent only, never as HTML.
 */
export const SITE_JS = `'use strict';
(function () {
  var THEMES = { default: 'light', light: 'light', dark: 'dark', contrast: 'contrast' };
  var params = new URLSearchParams(location.search);
  var theme = THEMES[params.get('theme') || ''];
  if (theme) {
    document.documentElement.setAttribute('data-theme', theme);
    document.querySelectorAll('a[href]').forEach(function (a) {
      var href = a.getAttribute('href');
      if (!href || /^([a-z]+:|#|\\/\\/)/i.test(href)) return;
      var url = new URL(href, location.href);
      url.searchParams.set('theme', params.get('theme'));
      a.setAttribute('href', url.pathname + url.search + url.hash);
    });
  }

  var form = document.querySelector('form[data-search]');
  var out = document.querySelector('[data-answer]');
  if (!form || !out) return;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  // Markdown bold (**UB**) as <strong>; all else as text.
  function inline(parent, text) {
    text.split(/(\\*\\*[^*]+\\*\\*)/).forEach(function (part) {
      if (/^\\*\\*[^*]+\\*\\*$/.test(part)) parent.appendChild(el('strong', '', part.slice(2, -2)));
      else if (part) parent.appendChild(document.createTextNode(part.replace(/_([^_]+)_/g, '$1')));
    });
    return parent;
  }
  // Pages sit beside the API: "../api/answer" on a partner's page, "api/answer" at the top.
  var root = form.getAttribute('action').replace(/api\\/answer$/, '');
  function partnerItem(p) {
    var li = el('li');
    var head = el('div');
    var link = el('a');
    link.href = root + 'partners/' + encodeURIComponent(p.id) + '.html' +
      (theme ? '?theme=' + encodeURIComponent(params.get('theme')) : '');
    link.appendChild(el('strong', '', p.acronym));
    head.appendChild(link);
    head.appendChild(document.createTextNode(' ' + (p.name !== p.acronym ? p.name + ' · ' : '') + p.country));
    li.appendChild(head);
    p.roles.forEach(function (r) {
      var role = el('div', '', (r.wp ? r.wp + (r.lead ? ' (leads): ' : ': ') : '') + r.summary);
      li.appendChild(role);
      var q = el('blockquote', 'source');
      q.appendChild(el('p', '', r.source));
      li.appendChild(q);
    });
    return li;
  }
  function show(answer) {
    out.replaceChildren();
    if (answer.notice) out.appendChild(el('p', 'meta', answer.notice));
    out.appendChild(inline(el('h2'), answer.headline));
    if (answer.workPackages.length > 0 && answer.intent !== 'matrix') {
      var wps = el('ul');
      answer.workPackages.forEach(function (wp) {
        var led = wp.leader ? 'led by ' + wp.leader.acronym : 'no leader named';
        wps.appendChild(el('li', '', wp.id + (wp.title ? ' ' + wp.title : '') + ' (' + led + '): ' + wp.covers));
      });
      out.appendChild(wps);
      if (answer.intent === 'work-package') answer.workPackages.forEach(function (wp) {
        if (!wp.leaderSource) return;
        var q = el('blockquote', 'source');
        q.appendChild(el('p', '', wp.leaderSource));
        out.appendChild(q);
      });
    }
    if (answer.partners.length > 0 && answer.intent !== 'matrix') {
      var list = el('ul');
      answer.partners.forEach(function (p) { list.appendChild(partnerItem(p)); });
      out.appendChild(list);
    }
    answer.notes.forEach(function (note) { out.appendChild(inline(el('p'), note.replace(/^- /, ''))); });
    if (answer.suggestions.length > 0) {
      var ul = el('ul', 'suggestions');
      answer.suggestions.forEach(function (s) {
        var b = el('button', '', s.label);
        b.type = 'button';
        b.addEventListener('click', function () { ask(s.question); });
        var li = el('li');
        li.appendChild(b);
        ul.appendChild(li);
      });
      out.appendChild(ul);
    }
    out.hidden = false;
  }
  function say(message) {
    out.replaceChildren(el('p', '', message));
    out.hidden = false;
  }
  function ask(question) {
    var input = form.querySelector('input[name=q]');
    input.value = question;
    say('Asking…');
    fetch(form.getAttribute('action') + '?q=' + encodeURIComponent(question), { headers: { accept: 'application/json' } })
      .then(function (res) {
        return res.json().then(function (body) { return { status: res.status, body: body }; });
      })
      .then(function (r) {
        if (r.status === 200) show(r.body);
        else say(r.body && r.body.message ? r.body.message : 'The bot could not answer (' + r.status + ').');
      })
      .catch(function () { say('The search needs the eucanbot server, which did not answer.'); });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var q = form.querySelector('input[name=q]').value.trim();
    if (q) ask(q);
  });
})();
`;
