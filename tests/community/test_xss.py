"""No script ever runs from what members write: titles, posts, profile fields (checked on parsed HTML)."""
from tests.html import executable_script

PAYLOADS = [
    "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<script>alert`1`</script>",
    "<img src=x onerror=alert(1)>", "<img src=\"x\" onerror=\"alert(1)\">", "<IMG SRC=javascript:alert('XSS')>",
    "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    "<body onload=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>", "<iframe srcdoc=\"<script>alert(1)</script>\">",
    "<object data=\"javascript:alert(1)\">", "<embed src=\"javascript:alert(1)\">", "<a href=\"javascript:alert(1)\">x</a>",
    "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[click](java\tscript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "![img](javascript:alert(1))",
    "![img](x \"onerror=alert(1)\")", "[x](vbscript:msgbox(1))", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>", "<style>*{background:url('javascript:alert(1)')}</style>",
    "<link rel=stylesheet href=javascript:alert(1)>", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\">", "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<input onfocus=alert(1) autofocus>", "<details open ontoggle=alert(1)>", "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>", "<marquee onstart=alert(1)>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>", "<<script>alert(1);//<</script>", "<script/x>alert(1)</script>",
    "\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>", "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>", "<x onclick=alert(1)>click</x>", "<svg/onload=alert(1)>",
    "<table background=\"javascript:alert(1)\">", "<isindex action=javascript:alert(1) type=image>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "```\n<script>alert(1)</script>\n```",
    "<template><script>alert(1)</script></template>", "<a href=\"  javascript:alert(1)\">x</a>",
    "[a](<javascript:alert(1)>)", "<button formaction=javascript:alert(1)>x</button>",
]


def test_the_corpus_is_large_enough():
    assert len(PAYLOADS) >= 50


def test_no_script_from_thread_titles_and_posts(member_client, member, start_thread):
    found = {}
    for payload in PAYLOADS:
        thread = start_thread(member, title=payload[:200], body=payload)
        member_client.post(f"/threads/{thread.id}/reply", data={"body": f"Reply: {payload}"})
        for url in (f"/threads/{thread.id}", f"/threads/{thread.id}?quote={thread.posts[0].id}"):
            problems = executable_script(member_client.get(url).get_data(as_text=True))
            if problems:
                found[payload] = problems
    for url in ("/community/general", "/search?q=alert", "/search?q=script&type=post"):
        problems = executable_script(member_client.get(url).get_data(as_text=True))
        if problems:
            found[url] = problems
    assert found == {}


def test_no_script_from_profile_fields(member_client, member):
    found = {}
    for payload in PAYLOADS:
        member_client.post(f"/members/{member.id}/edit", data={
            "display_name": payload[:120], "organisation": payload[:200], "position": payload[:200], "bio": payload,
            "country": "", "profile_visibility": "members"})
        for url in (f"/members/{member.id}", "/members"):
            problems = executable_script(member_client.get(url).get_data(as_text=True))
            if problems:
                found[(payload, url)] = problems
    assert found == {}
