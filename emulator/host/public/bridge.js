/*
 * The Custom UI bridge of the local Forge host: defines globalThis.__bridge before the app bundle
 * loads, as Jira's global-bridge.js does. It runs inside the module's iframe, so callbacks in
 * payloads (history listeners, flag actions, event handlers) stay local; only data crosses to the
 * host (fetch) or to the shell page (postMessage).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var context = JSON.parse(script.getAttribute('data-context'));
  var frameId = script.getAttribute('data-frame-id');
  var events = new BroadcastChannel('forge-events');
  var eventHandlers = [];
  var historyListeners = [];
  var histories = [];
  // The route may carry a query (`/?level=1`): Jira keeps a global page's search in its URL.
  var initialRoute = script.getAttribute('data-route') || '/';
  var queryAt = initialRoute.indexOf('?');
  var historyLocation = {
    pathname: queryAt < 0 ? initialRoute : initialRoute.slice(0, queryAt) || '/',
    search: queryAt < 0 ? '' : initialRoute.slice(queryAt),
    hash: '',
    state: undefined,
  };
  var callbacks = {};
  var nextCallbackId = 1;

  events.onmessage = function (message) {
    eventHandlers.forEach(function (h) {
      if (h.event === message.data.event) h.callback(message.data.payload);
    });
  };

  window.addEventListener('message', function (message) {
    if (message.source !== window.parent || !message.data || message.data.frameId !== frameId) return;
    if (message.data.type === 'callback' && callbacks[message.data.callbackId]) {
      callbacks[message.data.callbackId]();
    }
    // A modal this frame opened was closed: its onClose gets what the modal passed to view.close().
    if (message.data.type === 'modal-closed' && callbacks[message.data.callbackId]) {
      var onClose = callbacks[message.data.callbackId];
      delete callbacks[message.data.callbackId];
      onClose(message.data.payload);
    }
  });

  function toParent(type, data) {
    window.parent.postMessage(
      Object.assign({ source: 'forge-bridge', type: type, frameId: frameId }, data || {}),
      window.location.origin,
    );
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (response) {
      // 204 answers have no body.
      return response.text().then(function (text) {
        var json = text ? JSON.parse(text) : null;
        if (!response.ok) throw new Error(json && json.message ? json.message : 'HTTP ' + response.status);
        return json;
      });
    });
  }

  function setHistory(path, replace) {
    var pathname = typeof path === 'string' ? path : path.pathname || historyLocation.pathname;
    var search = typeof path === 'string' ? '' : path.search || '';
    var at = pathname.indexOf('?');
    if (at >= 0) {
      search = pathname.slice(at);
      pathname = pathname.slice(0, at) || '/';
    }
    if (search && search.charAt(0) !== '?') search = '?' + search;
    historyLocation = { pathname: pathname, search: search, hash: '', state: undefined };
    histories.forEach(function (h) {
      h.location = historyLocation;
    });
    toParent('history', { pathname: pathname, search: search, replace: !!replace });
    historyListeners.forEach(function (listener) {
      listener(historyLocation, replace ? 'REPLACE' : 'PUSH');
    });
  }

  var methods = {
    getContext: function () {
      return context;
    },
    invoke: function (payload) {
      return post('/forge/bridge/invoke', {
        moduleKey: context.moduleKey,
        context: { extension: context.extension, localId: context.localId },
        functionKey: payload.functionKey,
        payload: payload.payload,
      }).then(function (reply) {
        return reply.body;
      });
    },
    fetchProduct: function (payload) {
      if (payload.product !== 'jira') return Promise.reject(new Error('Only Jira is emulated'));
      var init = payload.fetchRequestInit || {};
      return post('/forge/bridge/fetch-product', {
        restPath: payload.restPath,
        method: init.method || 'GET',
        body: init.body == null ? null : init.body,
        headers: init.headers || [],
      });
    },
    createHistory: function () {
      var history = {
        action: 'POP',
        location: historyLocation,
        push: function (path) {
          setHistory(path, false);
        },
        replace: function (path) {
          setHistory(path, true);
        },
        go: function () {},
        goBack: function () {
          window.parent.history.back();
        },
        goForward: function () {
          window.parent.history.forward();
        },
        listen: function (listener) {
          historyListeners.push(listener);
          listener(historyLocation, 'POP');
          return function () {
            historyListeners = historyListeners.filter(function (l) {
              return l !== listener;
            });
          };
        },
      };
      histories.push(history);
      return history;
    },
    navigate: function (payload) {
      toParent('navigate', { location: payload });
    },
    getUrl: function (location) {
      return new URL(hostPathFor(location), window.location.origin).toString();
    },
    reload: function () {
      toParent('reload');
    },
    refresh: function () {
      toParent('reload');
      return true;
    },
    submit: function (payload) {
      if (context.extension && context.extension.entryPoint === 'edit') {
        return post('/forge/bridge/gadget-config', {
          gadgetId: context.extension.gadget.id,
          config: payload,
        }).then(function () {
          toParent('gadget-submitted', {});
          return true;
        });
      }
      return false;
    },
    close: function (payload) {
      toParent('close', { payload: payload === undefined ? null : payload });
      return true;
    },
    open: function () {
      return false;
    },
    onClose: function () {
      return true;
    },
    // A Custom UI modal: the shell opens the module's resource (or `resource`) in a dialog over the
    // whole page, as Jira does, with `extension.modal` = the opener's `context`.
    openModal: function (payload) {
      var id = nextCallbackId++;
      callbacks[id] = typeof payload.onClose === 'function' ? payload.onClose : function () {};
      toParent('open-modal', {
        callbackId: id,
        resource: payload.resource || null,
        size: payload.size || 'medium',
        context: payload.context || {},
        title: payload.title || '',
        closeOnEscape: payload.closeOnEscape !== false,
        closeOnOverlayClick: payload.closeOnOverlayClick !== false,
      });
      return true;
    },
    showFlag: function (flag) {
      var actions = (flag.actions || []).map(function (action) {
        var id = nextCallbackId++;
        callbacks[id] = action.onClick;
        return { text: action.text, callbackId: id };
      });
      toParent('flag', {
        flag: {
          id: flag.id,
          title: flag.title,
          description: flag.description,
          type: flag.type || 'info',
          actions: actions,
          isAutoDismiss: flag.isAutoDismiss,
        },
      });
    },
    closeFlag: function (payload) {
      toParent('close-flag', { id: payload.id });
    },
    emit: function (payload) {
      events.postMessage({ event: payload.event, payload: payload.payload });
    },
    emitPublic: function (payload) {
      events.postMessage({ event: payload.event, payload: payload.payload });
    },
    on: function (payload) {
      var handler = { event: payload.event, callback: payload.callback };
      eventHandlers.push(handler);
      return {
        unsubscribe: function () {
          eventHandlers = eventHandlers.filter(function (h) {
            return h !== handler;
          });
        },
      };
    },
    // As Jira does once the app enables theming: the frame's root carries the user's colour mode,
    // which @atlaskit/tokens' stylesheets key on.
    enableTheming: function () {
      var mode = (context.theme && context.theme.colorMode) || 'light';
      document.documentElement.setAttribute('data-color-mode', mode);
      return true;
    },
    changeWindowTitle: function (title) {
      toParent('title', { title: String(title) });
    },
    emitReadyEvent: function () {},
    getFrameId: function () {
      return frameId;
    },
    getFrameDispatch: function () {
      return function () {};
    },
    isRovoEnabled: function () {
      return false;
    },
    getCookieConsentPreferences: function () {
      return null;
    },
  };
  methods.onPublic = methods.on;

  function hostPathFor(location) {
    if (location.target === 'issue') return '/browse/' + encodeURIComponent(location.issueKey);
    if (location.target === 'projectSettingsDetails')
      return '/projects/' + encodeURIComponent(location.projectKey) + '/settings';
    if (location.target === 'module')
      return '/apps/' + encodeURIComponent(location.moduleKey) + (location.path ? '/' + location.path : '');
    if (location.target === 'dashboard') return '/dashboard';
    return '/';
  }

  globalThis.__bridge = {
    callBridge: function (method, payload) {
      var fn = methods[method];
      if (!fn)
        return Promise.reject(new Error('The local Forge host does not support bridge method ' + method));
      try {
        return Promise.resolve(fn(payload));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
  globalThis.__forgeHostPathFor = hostPathFor;
})();
