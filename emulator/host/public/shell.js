/* The shell's side of the bridge: resizes module iframes and acts on what they post (history, navigation, flags). */
(function () {
  'use strict';
  var frames = document.querySelectorAll('iframe.forge-frame');
  if (window.iFrameResize)
    window.iFrameResize(
      { checkOrigin: [window.location.origin], heightCalculationMethod: 'lowestElement' },
      'iframe.forge-frame',
    );

  var select = document.getElementById('persona-select');
  var localeSelect = document.getElementById('locale-select');
  [select, localeSelect].forEach(function (el) {
    if (el)
      el.addEventListener('change', function () {
        el.form.submit();
      });
  });

  function frameById(id) {
    for (var i = 0; i < frames.length; i++) if (frames[i].id === id) return frames[i];
    return modal && modal.frame.id === id ? modal.frame : null;
  }

  // --- Custom UI modals: one at a time, over the whole page, wherever the opener is scrolled to.
  var modal = null;
  var MODAL_WIDTH = { small: 400, medium: 600, large: 800, xlarge: 968, max: '100%' };

  function openModal(opener, data) {
    if (modal) closeModal(null);
    var src = new URL(opener.getAttribute('src'), window.location.origin);
    var context = JSON.parse(src.searchParams.get('frame'));
    context.extension = Object.assign({}, context.extension, { modal: data.context });
    var frameId = opener.id + '-modal-' + data.callbackId;
    src.searchParams.set('frame', JSON.stringify(context));
    src.searchParams.set('frameId', frameId);
    src.searchParams.set('route', '/');
    var overlay = document.createElement('div');
    overlay.className = 'forge-modal-overlay';
    overlay.setAttribute('data-testid', 'forge-modal');
    var dialog = document.createElement('div');
    dialog.className = 'forge-modal';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    if (data.title) dialog.setAttribute('aria-label', data.title);
    var width = MODAL_WIDTH[data.size] || MODAL_WIDTH.medium;
    dialog.style.width = typeof width === 'number' ? width + 'px' : width;
    var frame = document.createElement('iframe');
    frame.className = 'forge-frame forge-modal-frame';
    frame.id = frameId;
    frame.title = data.title || opener.title;
    frame.setAttribute('sandbox', opener.getAttribute('sandbox'));
    frame.src = src.pathname + src.search;
    dialog.appendChild(frame);
    overlay.appendChild(dialog);
    overlay.addEventListener('click', function (event) {
      if (event.target === overlay && data.closeOnOverlayClick) closeModal(null);
    });
    document.body.appendChild(overlay);
    var returnFocus = document.activeElement;
    modal = { overlay: overlay, frame: frame, opener: opener, data: data, returnFocus: returnFocus };
    frame.addEventListener('load', function () {
      frame.focus();
      if (window.iFrameResize)
        window.iFrameResize(
          { checkOrigin: [window.location.origin], heightCalculationMethod: 'lowestElement' },
          frame,
        );
    });
  }

  function closeModal(payload) {
    if (!modal) return;
    var closing = modal;
    modal = null;
    closing.overlay.remove();
    closing.opener.contentWindow.postMessage(
      {
        type: 'modal-closed',
        frameId: closing.opener.id,
        callbackId: closing.data.callbackId,
        payload: payload,
      },
      window.location.origin,
    );
    if (closing.returnFocus && closing.returnFocus.focus) closing.returnFocus.focus();
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && modal && modal.data.closeOnEscape) closeModal(null);
  });

  function showFlag(frame, flag) {
    var box = document.getElementById('flags');
    var el = document.createElement('div');
    el.className = 'flag flag-' + (flag.type || 'info');
    el.setAttribute('role', flag.type === 'error' ? 'alert' : 'status');
    el.dataset.flagId = flag.id;
    var title = document.createElement('strong');
    title.textContent = flag.title || '';
    el.appendChild(title);
    if (flag.description) {
      var desc = document.createElement('p');
      desc.textContent = flag.description;
      el.appendChild(desc);
    }
    (flag.actions || []).forEach(function (action) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.text;
      button.addEventListener('click', function () {
        frame.contentWindow.postMessage(
          { type: 'callback', frameId: frame.id, callbackId: action.callbackId },
          window.location.origin,
        );
        el.remove();
      });
      el.appendChild(button);
    });
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'flag-close';
    close.setAttribute('aria-label', 'Dismiss');
    close.textContent = '×';
    close.addEventListener('click', function () {
      el.remove();
    });
    el.appendChild(close);
    box.appendChild(el);
    if (flag.isAutoDismiss !== false && flag.type !== 'error')
      setTimeout(function () {
        el.remove();
      }, 8000);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== window.location.origin || !data || data.source !== 'forge-bridge') return;
    var frame = frameById(data.frameId);
    if (!frame || event.source !== frame.contentWindow) return;
    switch (data.type) {
      case 'history': {
        // A global page (`/apps/<key>`): its route and search live in the page's own URL.
        var global = /^\/apps\/[^/]+/.exec(window.location.pathname);
        if (global) {
          var next =
            global[0] + (data.pathname && data.pathname !== '/' ? data.pathname : '') + (data.search || '');
          if (next !== window.location.pathname + window.location.search) {
            if (data.replace) window.history.replaceState({}, '', next);
            else window.history.pushState({}, '', next);
          }
          break;
        }
        var base = window.location.pathname.split('/').slice(0, 5).join('/');
        var target = base + data.pathname;
        // A project page's sub-page keeps its query (filters, sort) in the page's URL too.
        var routeUrl = target + (data.search || '');
        if (
          window.location.pathname.indexOf('/apps/') > 0 &&
          window.location.pathname + window.location.search !== routeUrl
        ) {
          if (data.replace) window.history.replaceState({}, '', routeUrl);
          else window.history.pushState({}, '', routeUrl);
          document.querySelectorAll('.sidebar a').forEach(function (a) {
            if (a.getAttribute('href') === target) a.setAttribute('aria-current', 'page');
            else if (a.getAttribute('href').indexOf('/apps/') > 0) a.removeAttribute('aria-current');
          });
        }
        break;
      }
      case 'navigate': {
        var location = data.location || {};
        var url =
          location.url ||
          (window.__forgeHostPathFor
            ? window.__forgeHostPathFor(location)
            : frame.contentWindow.__forgeHostPathFor(location));
        if (location.type === 'new-tab') window.open(url, '_blank', 'noopener');
        else window.location.assign(url);
        break;
      }
      case 'flag':
        showFlag(frame, data.flag);
        break;
      case 'close-flag': {
        var existing = document.querySelector('[data-flag-id="' + CSS.escape(String(data.id)) + '"]');
        if (existing) existing.remove();
        break;
      }
      case 'reload':
        frame.contentWindow.location.reload();
        break;
      case 'gadget-submitted':
        window.location.assign('/dashboard');
        break;
      case 'title':
        document.title = data.title;
        break;
      case 'open-modal':
        openModal(frame, data);
        break;
      case 'close':
        if (modal && frame === modal.frame) closeModal(data.payload);
        break;
    }
  });
})();
