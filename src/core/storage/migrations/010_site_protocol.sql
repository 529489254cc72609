-- Schema 10: how Longhand talks to each blog (issue 14). Every blog connected before this version was added
-- through the REST API.
-- protocol: 'rest' (WordPress REST API, application password) or 'xmlrpc' (xmlrpc.php, for blogs that refuse
-- application passwords or the REST API; the password is still kept in the secret store, never here).
ALTER TABLE sites ADD COLUMN protocol TEXT NOT NULL DEFAULT 'rest' CHECK (protocol IN ('rest', 'xmlrpc'));
-- xmlrpc_endpoint: the xmlrpc.php that discovery found (EditURI -> RSD, else <site>/xmlrpc.php); '' for REST.
ALTER TABLE sites ADD COLUMN xmlrpc_endpoint TEXT NOT NULL DEFAULT '';
