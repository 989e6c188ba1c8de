// Runs before Neo4j Browser starts. The Browser reads its saved connection and settings from localStorage, so
// writing them here makes it connect at once to the app's Bolt endpoint (this page's own host and port) and open the
// Stancegraph guide. The endpoint logs in to Neo4j as the app and lets the session read only; the user name and
// password the Browser sends are replaced there, so the page never holds a secret.
(function () {
  'use strict';
  var id = '$$discovery'; // the Browser's one connection slot
  var connection = {
    id: id,
    name: id,
    host: 'bolt://' + location.host,
    username: 'analyst',
    password: 'read-only',
    authenticationMethod: 'NATIVE',
    authEnabled: true,
    db: null
  };
  var connections = {
    allConnectionIds: [id],
    connectionsById: {},
    activeConnection: id,
    connectionState: 0,
    lastUpdate: 0,
    useDb: null,
    lastUseDb: null
  };
  connections.connectionsById[id] = connection;
  var settings = {};
  try {
    settings = JSON.parse(localStorage.getItem('neo4j.settings')) || {};
  } catch (ignored) {
    settings = {};
  }
  // The first command runs before the Browser has read the server's allowlist of guide hosts; its built-in one
  // names localhost (not 127.0.0.1), and the app answers under both loopback names.
  var guideHost = location.hostname === '127.0.0.1' ? 'localhost' + (location.port ? ':' + location.port : '') : location.host;
  var guide = ':guide ' + location.protocol + '//' + guideHost + '/guide';
  // the Browser's default, or this script's own from an earlier visit (the port may have changed): a user's own stays
  if (!settings.initCmd || settings.initCmd === ':play start' || /^:guide https?:\/\/[^ ]+\/guide$/.test(settings.initCmd)) {
    settings.initCmd = guide;
  }
  // no crash reports or usage statistics sent anywhere (the page's Content-Security-Policy blocks them anyway)
  settings.allowCrashReports = false;
  settings.allowUserStats = false;
  localStorage.setItem('neo4j.connections', JSON.stringify(connections));
  localStorage.setItem('neo4j.settings', JSON.stringify(settings));
})();
