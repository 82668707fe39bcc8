// The table scribe's page. No framework and nothing from the internet: this file, the style
// sheet and the page are all the laptop serves.
//
// Every change the scribe makes is first put in an outbox kept in the browser's storage, then
// sent in order. A line is shown as saved only once the laptop answered that it stored it; a
// line typed while the connection is down stays in the outbox (and survives a reload) and is
// sent when the laptop answers again. Each line carries a client-made id, so a line sent twice
// (the answer was lost on the way back) is stored once.
'use strict';

(function () {
  const root = document.documentElement;
  const T = JSON.parse(root.dataset.texts);
  const MAX_BODY = Number(root.dataset.maxBody) || 16384;
  const STORAGE_KEY = 'facilitator-scribe-outbox-v1';
  const RETRY_MS = 2000; // after a failed read
  const TIMEOUT_MS = 8000; // a write, or a first read
  const HOLD_MS = 30000; // a long poll: the laptop answers within 20 s, at once when anything changed
  const $ = (id) => document.getElementById(id);

  let page = null; // the last state the laptop sent
  let etag = null;
  let online = null; // null: not known yet
  let joined = false;
  let flushing = false;
  let editing = null; // the id (or client id) of the line being edited
  let column = 0;
  let pollTimer = null;
  let outbox = loadOutbox();

  // --- the outbox ------------------------------------------------------------------------------

  function loadOutbox() {
    try {
      const value = JSON.parse(localStorage.getItem(STORAGE_KEY) || '[]');
      return Array.isArray(value) ? value : [];
    } catch (error) {
      return [];
    }
  }

  function saveOutbox() {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(outbox));
    } catch (error) {
      // Storage full or switched off: the lines stay in memory and are still sent.
    }
  }

  function newClientId() {
    // crypto.randomUUID needs a secure context; the venue page is plain http.
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function mine(op) {
    return page !== null && op.scope === page.table.scope;
  }

  // --- talking to the laptop ---------------------------------------------------------------------

  class Refused extends Error {
    constructor(status, body, retryAfter) {
      super(body && body.message ? body.message : T.error_other);
      this.status = status;
      this.code = body && body.error;
      this.retryAfter = retryAfter;
    }
  }

  async function call(method, path, body, headers, timeoutMs, controller) {
    controller = controller || new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs || TIMEOUT_MS);
    const init = { method, headers: Object.assign({}, headers || {}), credentials: 'same-origin',
      cache: 'no-store', signal: controller.signal };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.headers['X-Scribe'] = '1';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } finally {
      clearTimeout(timer);
    }
    setOnline(true);
    if (response.status === 304) return { status: 304, data: null, response };
    let data = null;
    try {
      data = await response.json();
    } catch (error) {
      data = null;
    }
    if (!response.ok) {
      throw new Refused(response.status, data, Number(response.headers.get('Retry-After')) || 2);
    }
    return { status: response.status, data, response };
  }

  function bodyFits(body) {
    return new TextEncoder().encode(JSON.stringify(body)).length <= MAX_BODY;
  }

  // --- joining ---------------------------------------------------------------------------------

  async function join(code) {
    try {
      await call('POST', '/api/join', { code });
      history.replaceState(null, '', '/');
      notice('');
      await refresh();
    } catch (error) {
      if (error instanceof Refused) {
        showJoin(error.code === 'bad_code' ? T.bad_code : error.message);
      } else {
        setOnline(false);
        showJoin(T.offline);
      }
    }
  }

  function showJoin(message) {
    joined = false;
    $('join').hidden = false;
    $('work').hidden = true;
    $('entry').hidden = true;
    notice(message || '');
    renderState();
  }

  // --- reading the page state ------------------------------------------------------------------

  let reading = 0; // a counter, so that an answer overtaken by a newer read is dropped
  let readAbort = null;

  async function refresh() {
    const ticket = ++reading;
    clearTimeout(pollTimer);
    if (readAbort) readAbort.abort(); // a held read is replaced, not left hanging
    readAbort = new AbortController();
    try {
      // With the page's version, the laptop holds the answer until the page changes; not while
      // this phone still has changes to send: then a quick read, so they go as soon as it can.
      const waiting = etag && page && joined && online && !outbox.some(mine);
      const path = waiting ? '/api/page?wait=' + encodeURIComponent(etag) : '/api/page';
      const result = await call('GET', path, undefined, {}, waiting ? HOLD_MS : TIMEOUT_MS, readAbort);
      if (ticket !== reading) return;
      if (result.status !== 304) {
        page = result.data;
        etag = result.response.headers.get('ETag');
      }
      if (!joined) {
        joined = true;
        $('join').hidden = true;
        $('work').hidden = false;
        $('entry').hidden = false;
      }
    } catch (error) {
      if (error instanceof Refused && error.status === 401) {
        const ended = joined; // a first visit simply shows the form; a phone that was in is told why
        page = null;
        etag = null;
        showJoin(ended ? T.error_401 : '');
      } else if (!(error instanceof Refused)) {
        if (ticket !== reading) return;
        setOnline(false);
      }
      if (ticket === reading) schedulePoll(RETRY_MS);
      return;
    }
    render(); // outside the try: a fault here is not a lost connection
    flush();
    if (ticket === reading) schedulePoll(0);
  }

  function schedulePoll(delay) {
    clearTimeout(pollTimer);
    if (joined || online === false) pollTimer = setTimeout(refresh, delay);
  }

  // --- sending what the scribe did ---------------------------------------------------------------

  async function flush() {
    if (flushing || !joined || !outbox.some(mine)) return;
    flushing = true;
    let sent = false;
    renderState();
    try {
      while (true) {
        const op = outbox.find(mine);
        if (!op) break;
        try {
          await send(op);
          drop(op, false); // still drawn as waiting until the laptop's list shows it
          sent = true;
        } catch (error) {
          if (!(error instanceof Refused)) {
            setOnline(false);
            break;
          }
          if (error.status === 401) {
            showJoin(T.error_401);
            break;
          }
          if (error.status === 429) {
            notice(error.message);
            await sleep(error.retryAfter * 1000);
            notice('');
            continue;
          }
          if (error.status >= 500) {
            notice(error.message);
            break;
          }
          // 400, 403, 404, 413: the laptop will never take this change; say so and go on.
          notice(error.message);
          if (op.op === 'add' && !$('text').value) $('text').value = op.text; // nothing is lost
          drop(op, true);
        }
      }
    } finally {
      flushing = false;
    }
    renderState();
    if (sent) await refreshQuietly();
    else if (outbox.some(mine) && joined) schedulePoll(RETRY_MS); // try again soon, not after a long hold
  }

  async function send(op) {
    if (op.op === 'add') {
      const result = await call('POST', '/api/lines', { client_id: op.cid, item_id: op.item_id,
        column: op.column, text: op.text, sub: op.sub });
      const stored = result.data && result.data.line;
      if (stored) {
        for (const later of outbox) {
          if (later.cid === op.cid && later !== op) later.id = stored.id; // edits of a line sent
        }
      }
    } else if (op.op === 'edit') {
      await call('PUT', '/api/lines/' + op.id, op.sub === undefined ? { text: op.text } : { text: op.text, sub: op.sub });
    } else if (op.op === 'delete') {
      await call('DELETE', '/api/lines/' + op.id, {});
    }
  }

  function drop(op, redraw) {
    outbox = outbox.filter((other) => other !== op);
    saveOutbox();
    if (redraw) render();
  }

  async function refreshQuietly() {
    clearTimeout(pollTimer);
    await refresh();
  }

  function enqueue(op) {
    op.scope = page.table.scope;
    outbox.push(op);
    saveOutbox();
    render();
    flush();
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  // --- what the scribe does --------------------------------------------------------------------

  function addLine() {
    const field = $('text');
    const text = field.value.trim();
    if (!text || !page || !page.item) return;
    const op = { op: 'add', cid: newClientId(), item_id: page.item.id, column, text, sub: $('sub').checked };
    if (!bodyFits({ client_id: op.cid, item_id: op.item_id, column, text, sub: op.sub })) {
      notice(T.error_413);
      return;
    }
    field.value = '';
    notice('');
    enqueue(op);
    field.focus();
    const added = document.querySelector('li[data-key="cid' + op.cid + '"]');
    if (added) added.scrollIntoView({ block: 'nearest' });
  }

  function saveEdit(line, text, sub) {
    text = text.trim();
    editing = null;
    if (!text) {
      render();
      return;
    }
    if (!bodyFits({ text, sub })) {
      notice(T.error_413);
      render();
      return;
    }
    const waiting = outbox.find((op) => op.op === 'add' && op.cid === line.cid && op.id === undefined);
    if (line.pending && waiting) {
      waiting.text = text;
      waiting.sub = sub;
      saveOutbox();
      render();
      return;
    }
    enqueue({ op: 'edit', id: line.id, cid: line.cid, text, sub });
  }

  function deleteLine(line) {
    editing = null;
    if (!window.confirm(T.confirm_delete)) {
      render();
      return;
    }
    if (line.pending && line.id === undefined) {
      outbox = outbox.filter((op) => op.cid !== line.cid);
      saveOutbox();
      render();
      return;
    }
    enqueue({ op: 'delete', id: line.id, cid: line.cid });
  }

  // --- drawing ---------------------------------------------------------------------------------

  function setOnline(value) {
    if (online !== value) {
      online = value;
      renderState();
    }
  }

  function notice(text) {
    const element = $('notice');
    element.textContent = text;
    element.hidden = !text;
  }

  function renderState() {
    const element = $('state');
    const waiting = outbox.filter(mine).length;
    const others = page ? outbox.filter((op) => !mine(op) && op.op === 'add').length : 0;
    let text;
    let kind;
    if (online === false) {
      text = T.offline;
      kind = 'offline';
      if (waiting) text += ' · ' + T.kept.replace('{count}', waiting);
    } else if (waiting || flushing) {
      text = T.saving;
      kind = 'saving';
    } else {
      text = T.connected;
      kind = 'connected';
    }
    if (others) text += ' · ' + (others === 1 ? T.other_table_one : T.other_table).replace('%n', others);
    // The table's name rides along: the bar stays in sight when the band has scrolled away.
    element.dataset.table = page && joined ? page.table.name : '';
    element.style.borderLeftColor = page && joined ? page.table.colour : 'transparent';
    element.textContent = online === null ? '' : '● ' + text;
    element.className = kind;
  }

  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function render() {
    renderState();
    if (!page) return;
    $('workshop').textContent = page.workshop;
    $('table').textContent = page.table.name;
    const band = $('band');
    band.style.backgroundColor = page.table.colour;
    band.classList.toggle('light', isLight(page.table.colour));
    const item = page.item;
    $('item-title').textContent = item ? item.title : T.no_item;
    $('item-status').textContent = item && !item.running ? T.waiting : '';
    const prompts = $('prompts');
    prompts.replaceChildren();
    prompts.hidden = !(item && item.prompts.length);
    if (item && item.prompts.length) {
      // The item's question(s) in one box: the list the table writes stays in sight below it.
      prompts.style.borderLeftColor = page.table.colour;
      prompts.append(el('span', 'label', T.question));
      if (item.prompts.length === 1) {
        prompts.append(el('p', '', item.prompts[0]));
      } else {
        const list = el('ul');
        for (const prompt of item.prompts) list.append(el('li', '', prompt));
        prompts.append(list);
      }
    }
    renderColumns(item);
    $('add').disabled = !item;
    $('text').disabled = !item;
  }

  function renderColumns(item) {
    const holder = $('columns');
    holder.replaceChildren();
    const columns = item ? page.columns : [];
    if (column >= columns.length) column = 0;
    const choice = $('column-choice');
    choice.replaceChildren();
    choice.hidden = columns.length < 2;
    for (const shown of columns) {
      if (columns.length > 1) {
        holder.append(el('h3', '', shown.label));
        const button = el('button', '', shown.label);
        button.type = 'button';
        button.setAttribute('role', 'radio');
        button.setAttribute('aria-checked', String(shown.index === column));
        button.addEventListener('click', () => { column = shown.index; render(); $('text').focus(); });
        choice.append(button);
      }
      holder.append(renderList(item, shown));
    }
  }

  function linesOf(item, shown) {
    // The stored lines with this phone's waiting changes laid over them.
    const lines = shown.lines.map((line) => Object.assign({}, line));
    for (const op of outbox.filter(mine)) {
      if (op.op === 'add' && op.item_id === item.id && op.column === shown.index) {
        lines.push({ id: op.id, cid: op.cid, text: op.text, sub: op.sub, own: true, pending: true });
      } else if (op.op === 'edit' || op.op === 'delete') {
        const line = lines.find((l) => (op.id !== undefined && l.id === op.id) || (op.cid && l.cid === op.cid));
        if (line) {
          line.pending = true;
          if (op.op === 'edit') {
            line.text = op.text;
            if (op.sub !== undefined) line.sub = op.sub;
          } else {
            line.deleting = true;
          }
        }
      }
    }
    return lines;
  }

  function renderList(item, shown) {
    const lines = linesOf(item, shown);
    if (!lines.length) return el('p', 'empty', T.empty);
    const list = el('ol', 'lines');
    let number = 0;
    for (const line of lines) {
      if (!line.sub) number += 1;
      list.append(renderLine(line, line.sub ? '–' : Math.max(number, 1) + '.'));
    }
    return list;
  }

  function renderLine(line, number) {
    const key = line.id !== undefined ? 'id' + line.id : 'cid' + line.cid;
    const li = el('li', 'line');
    li.dataset.key = key;
    li.classList.toggle('sub', Boolean(line.sub));
    li.classList.toggle('own', Boolean(line.own));
    li.classList.toggle('pending', Boolean(line.pending));
    li.classList.toggle('deleting', Boolean(line.deleting));
    if (editing === key) return renderEditor(li, line);
    li.append(el('span', 'number', number));
    const text = el('span', 'text', line.text);
    if (line.pending) text.append(el('span', 'mark', T.pending));
    else if (line.own) text.append(el('span', 'mark', T.own));
    li.append(text);
    if (line.own && !line.deleting) {
      const button = el('button', 'edit', T.edit);
      button.type = 'button';
      button.addEventListener('click', () => { editing = key; render(); });
      li.append(button);
    }
    return li;
  }

  function renderEditor(li, line) {
    li.classList.add('editing');
    const field = el('textarea');
    field.rows = 3;
    field.value = line.text;
    field.setAttribute('aria-label', T.edit);
    const toggle = el('label', 'toggle');
    const sub = el('input');
    sub.type = 'checkbox';
    sub.checked = Boolean(line.sub);
    toggle.append(sub, el('span', '', T.sub_point));
    const buttons = el('div', 'buttons');
    const save = el('button', 'primary', T.save);
    const cancel = el('button', '', T.cancel);
    const remove = el('button', 'danger', T.delete);
    for (const button of [save, cancel, remove]) button.type = 'button';
    save.addEventListener('click', () => saveEdit(line, field.value, sub.checked));
    cancel.addEventListener('click', () => { editing = null; render(); });
    remove.addEventListener('click', () => deleteLine(line));
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        saveEdit(line, field.value, sub.checked);
      }
    });
    buttons.append(save, cancel, remove);
    li.append(field, toggle, buttons);
    setTimeout(() => field.focus(), 0);
    return li;
  }

  function isLight(colour) {
    const match = /^#([0-9a-f]{6})$/i.exec(colour || '');
    if (!match) return false;
    const value = parseInt(match[1], 16);
    const [r, g, b] = [value >> 16, (value >> 8) & 255, value & 255];
    return 0.299 * r + 0.587 * g + 0.114 * b > 160;
  }

  // --- start -----------------------------------------------------------------------------------

  function start() {
    $('join-form').addEventListener('submit', (event) => {
      event.preventDefault();
      join($('code').value);
    });
    $('add-form').addEventListener('submit', (event) => {
      event.preventDefault();
      addLine();
    });
    // Enter adds the line: a key on a keyboard, or the soft keyboard's send key (a line break).
    $('text').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        addLine();
      }
    });
    $('text').addEventListener('beforeinput', (event) => {
      if (event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph') {
        event.preventDefault();
        addLine();
      }
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') refreshQuietly();
    });
    window.addEventListener('online', () => refreshQuietly());
    window.addEventListener('offline', () => setOnline(false));
    const code = decodeURIComponent(location.hash.slice(1));
    if (code) join(code);
    else refresh();
  }

  start();
})();
