// OpenAPI documentation, rendered by the vendored Swagger UI (no CDN: the docs work offline too).
"use strict";
window.ui = SwaggerUIBundle({ url: "openapi.json", dom_id: "#swagger-ui", deepLinking: true });
