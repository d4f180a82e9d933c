/*
 * Starts GraphiQL on the page served at /graphiql (see GraphiQlController).
 * GraphiQL, React and ReactDOM are the UMD builds from the app's WebJars; the settings come
 * from the data-* attributes of #graphiql, so the page needs no inline script.
 * A `query` (and `variables`) in the page's URL opens that operation instead of the last one
 * edited: the dashboard's "show query" links use it.
 */
(function () {
  'use strict';
  var container = document.getElementById('graphiql');
  var settings = container.dataset;
  var options = { url: new URL(settings.endpoint, window.location.href).href };
  if (settings.subscriptionEndpoint) {
    var ws = new URL(settings.subscriptionEndpoint, window.location.href);
    ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:';
    options.subscriptionUrl = ws.href;
  }
  var fetcher = GraphiQL.createFetcher(options);
  var props = {
    fetcher: fetcher,
    defaultQuery: settings.defaultQuery,
    defaultEditorToolsVisibility: true
  };
  var asked = new URLSearchParams(window.location.search);
  if (asked.get('query')) {
    props.query = asked.get('query');
    props.variables = asked.get('variables') || '';
  }
  ReactDOM.createRoot(container).render(React.createElement(GraphiQL, props));
})();
