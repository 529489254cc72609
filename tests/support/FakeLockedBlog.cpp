#include "support/FakeLockedBlog.h"

namespace longhand::test {

namespace {

QByteArray xmlResponse(const QByteArray& value)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param><value>" + value
           + "</value></param></params></methodResponse>";
}

QByteArray xmlFault(int code, const QByteArray& text)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><fault><value><struct>"
           "<member><name>faultCode</name><value><int>" + QByteArray::number(code) + "</int></value></member>"
           "<member><name>faultString</name><value><string>" + text + "</string></value></member>"
           "</struct></value></fault></methodResponse>";
}

FakeResponse xml(const QByteArray& body)
{
    return FakeResponse {200, body, {{"Content-Type", "text/xml; charset=UTF-8"}}};
}

} // namespace

FakeResponse FakeLockedBlog::answer(const FakeRequest& request) const
{
    const QString path = request.url.path();
    if (path == QLatin1String("/") && request.method != "POST") {
        FakeResponse page {200, "<!DOCTYPE html><html><head><title>Blog</title>"
                                "<link rel=\"EditURI\" type=\"application/rsd+xml\" href=\"https://blog.example/xmlrpc.php?rsd\" />"
                                "</head><body></body></html>",
                           {{"Content-Type", "text/html"}, {"Link", "<https://blog.example/wp-json/>; rel=\"https://api.w.org/\""}}};
        return page;
    }
    if (path == QLatin1String("/xmlrpc.php") && request.method != "POST") {
        return xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rsd version=\"1.0\" xmlns=\"http://archipelago.phrasewise.com/rsd\">"
                   "<service><engineName>WordPress</engineName><apis>"
                   "<api name=\"WordPress\" blogID=\"1\" preferred=\"true\" apiLink=\"https://blog.example/xmlrpc.php\" />"
                   "</apis></service></rsd>");
    }
    if (path == QLatin1String("/xmlrpc.php")) {
        return xmlRpc(request.body);
    }
    if (path.endsWith(QLatin1String("/users/me"))) {
        switch (rest) {
        case RestMode::Locked:
            return FakeResponse::json(R"({"code":"longhand_rest_locked","message":"This blog does not let API clients sign in to its REST API.","data":{"status":401}})", 401);
        case RestMode::WrongPassword:
            return FakeResponse::json(R"({"code":"incorrect_password","message":"The provided password is an invalid application password.","data":{"status":401}})", 401);
        case RestMode::NoApplicationPasswords:
            break;
        }
        return FakeResponse::json(R"({"id":1,"name":"Admin","slug":"admin","roles":["administrator"]})");
    }
    if (path.startsWith(QLatin1String("/wp-json"))) {
        if (rest == RestMode::NoApplicationPasswords) {
            return FakeResponse::json(R"({"name":"Blog","namespaces":["wp/v2"],"authentication":[]})");
        }
        return FakeResponse::json(R"({"name":"Blog","namespaces":["wp/v2"],"authentication":{"application-passwords":)"
                                  R"({"endpoints":{"authorization":"https://blog.example/wp-admin/authorize-application.php"}}}})");
    }
    return FakeResponse::json(R"({"code":"rest_no_route"})", 404);
}

FakeResponse FakeLockedBlog::xmlRpc(const QByteArray& body)
{
    if (body.contains("<methodName>system.listMethods</methodName>")) {
        return xml(xmlResponse("<array><data><value><string>wp.getUsersBlogs</string></value>"
                               "<value><string>wp.getPosts</string></value><value><string>wp.getPost</string></value>"
                               "<value><string>wp.newPost</string></value><value><string>wp.editPost</string></value>"
                               "<value><string>wp.getProfile</string></value></data></array>"));
    }
    if (!body.contains(QByteArray(QByteArray("<string>") + accountPassword() + "</string>"))) {
        return xml(xmlFault(403, "Incorrect username or password."));
    }
    if (body.contains("<methodName>wp.getUsersBlogs</methodName>")) {
        return xml(xmlResponse("<array><data><value><struct>"
                               "<member><name>isAdmin</name><value><boolean>1</boolean></value></member>"
                               "<member><name>url</name><value><string>https://blog.example/</string></value></member>"
                               "<member><name>blogid</name><value><string>1</string></value></member>"
                               "<member><name>blogName</name><value><string>Locked Blog</string></value></member>"
                               "<member><name>xmlrpc</name><value><string>https://blog.example/xmlrpc.php</string></value></member>"
                               "</struct></value></data></array>"));
    }
    if (body.contains("<methodName>wp.getProfile</methodName>")) {
        return xml(xmlResponse("<struct><member><name>user_id</name><value><string>7</string></value></member>"
                               "<member><name>username</name><value><string>ann</string></value></member>"
                               "<member><name>display_name</name><value><string>Ann</string></value></member>"
                               "<member><name>nicename</name><value><string>ann</string></value></member>"
                               "<member><name>roles</name><value><array><data><value><string>editor</string></value></data></array></value></member>"
                               "</struct>"));
    }
    return xml(xmlFault(-32601, "server error. requested method does not exist."));
}

} // namespace longhand::test
