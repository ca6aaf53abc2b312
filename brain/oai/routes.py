"""The OAI-PMH endpoint: GET and POST, as the protocol requires (POST only reads, so CSRF does not apply)."""
from flask import make_response, request

from brain.extensions import csrf
from brain.oai import bp, protocol


@bp.route("/oai", methods=["GET", "POST"])
@csrf.exempt
def endpoint():
    """Answer an OAI-PMH request."""
    source = request.form if request.method == "POST" else request.args
    repeated = any(len(source.getlist(name)) > 1 for name in source)
    body = protocol.respond({name: source.get(name, "") for name in source}, repeated)
    response = make_response(body)
    response.mimetype = "text/xml"
    response.charset = "utf-8"
    return response
