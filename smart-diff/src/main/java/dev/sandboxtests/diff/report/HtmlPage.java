package dev.sandboxtests.diff.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The frame every HTML report shares: one self-contained page with its style (and a few lines of
 * script) inline. A Content-Security-Policy allows exactly that style and script by
 * their hashes and nothing else, so even a mistake in escaping could neither run injected script
 * nor load anything from anywhere.
 */
final class HtmlPage {

    static final String STYLE = """
            :root{--high:#cf222e;--high-bg:#ffebe9;--high-edge:#ffcecb;--medium:#9a6700;--medium-bg:#fff8c5;\
            --medium-mark:#d4a72c;--low:#1a7f37;--low-bg:#dafbe1;--low-mark:#2da44e;--line:#d0d7de;--muted:#59636e;\
            --soft:#f6f8fa;--link:#0969da;--mono:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"DejaVu Sans Mono",\
            "Liberation Mono",monospace}
            *{box-sizing:border-box}
            body{margin:0;color:#1f2328;background:#fff;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,\
            "Helvetica Neue",Arial,sans-serif}
            header.page{padding:20px 28px 16px;border-bottom:1px solid var(--line);background:var(--soft)}
            h1{margin:0;font-size:22px;font-weight:600;overflow-wrap:anywhere}
            h1 .what{color:var(--muted);font-weight:400}
            h2{font-size:16px;margin:28px 0 10px}
            .meta{display:flex;flex-wrap:wrap;gap:4px 28px;margin:10px 0 0}
            .meta div{display:flex;gap:8px;min-width:0}
            .meta dt{color:var(--muted)}
            .meta dd{margin:0;font-family:var(--mono);font-size:13px;overflow-wrap:anywhere}
            main{padding:4px 28px 32px}
            .summary{display:flex;flex-wrap:wrap;align-items:center;gap:10px;margin:18px 0 10px}
            .verdict{font-weight:600;padding:5px 14px;border-radius:6px;border:1px solid}
            .verdict.bad{color:var(--high);background:var(--high-bg);border-color:var(--high-edge)}
            .verdict.ok{color:var(--low);background:var(--low-bg);border-color:#aceebb}
            .count{display:inline-flex;align-items:baseline;gap:6px;padding:5px 12px;border-radius:6px;\
            border:1px solid var(--line)}
            .count b{font-size:16px}
            .count.high b{color:var(--high)}.count.medium b{color:var(--medium)}.count.low b{color:var(--low)}
            .count.zero{opacity:.55}
            .legend{display:flex;flex-wrap:wrap;gap:4px 22px;color:var(--muted);font-size:13px}
            .legend span{display:inline-flex;align-items:center;gap:6px}
            .sw{width:12px;height:12px;border-radius:3px;display:inline-block}
            .sw.high{background:var(--high)}.sw.medium{background:var(--medium-mark)}.sw.low{background:var(--low-mark)}
            .caveats{border:2px solid var(--high);background:var(--high-bg);border-radius:6px;padding:12px 18px;\
            margin:18px 0;font-size:15px}
            .caveats h2{margin:0 0 6px;font-size:17px;color:var(--high)}
            .caveats ul{margin:0;padding-left:22px}
            td .caveat{display:block;color:var(--high);font-size:12px;margin-top:2px}
            .unmet{border:1px solid var(--high-edge);background:var(--high-bg);border-radius:6px;padding:10px 16px;\
            margin:16px 0}
            .unmet h2{margin:0 0 4px;font-size:14px;color:var(--high)}
            .unmet ul{margin:0;padding-left:20px}
            table{border-collapse:collapse;width:100%;font-size:13px}
            .scroll{max-height:60vh;overflow:auto;border-bottom:1px solid var(--line)}
            th{text-align:left;font-weight:600;color:var(--muted);border-bottom:2px solid var(--line);padding:6px 10px;\
            white-space:nowrap;position:sticky;top:0;background:#fff}
            td{border-bottom:1px solid var(--line);padding:6px 10px;vertical-align:top}
            tr.high td:first-child{box-shadow:inset 4px 0 var(--high)}
            tr.medium td:first-child{box-shadow:inset 4px 0 var(--medium-mark)}
            tr.low td:first-child{box-shadow:inset 4px 0 var(--low-mark)}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .pill{display:inline-block;min-width:62px;text-align:center;padding:1px 8px;border-radius:999px;\
            font-size:11px;font-weight:700;letter-spacing:.04em;color:#fff}
            .pill.high{background:var(--high)}.pill.medium{background:#bf8700}.pill.low{background:#1f883d}
            .op{font-family:var(--mono);font-size:12px;color:var(--muted);white-space:nowrap}
            code{font-family:var(--mono);font-size:12px}
            td code.v{background:var(--soft);border:1px solid #eaeef2;border-radius:4px;padding:0 4px;\
            overflow-wrap:anywhere}
            td .arrow{color:var(--muted);padding:0 4px}
            a{color:var(--link);text-decoration:none}
            a:hover{text-decoration:underline}
            td.where code{overflow-wrap:anywhere}
            .at{display:block;color:var(--muted);font-size:12px;margin-top:2px;white-space:nowrap}
            .at a{color:var(--muted)}
            .note{color:var(--muted);font-style:italic;margin:8px 0}
            .sides{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px}
            .side{border:1px solid var(--line);border-radius:6px;overflow:hidden;min-width:0}
            .side h3{margin:0;padding:8px 12px;font-size:14px;background:var(--soft);border-bottom:1px solid var(--line);\
            display:flex;justify-content:space-between;gap:12px}
            .side h3 small{color:var(--muted);font-weight:400;font-family:var(--mono);font-size:12px;text-align:right}
            .code{position:relative;overflow:auto;max-height:78vh;font-family:var(--mono);font-size:12px;line-height:18px}
            .rows{display:inline-block;min-width:100%;padding:4px 0}
            .ln{white-space:pre;padding-right:16px;border-left:4px solid transparent}
            .ln::before{content:attr(data-n);display:inline-block;width:7ch;margin-right:12px;text-align:right;\
            color:#8c959f;user-select:none}
            .ln.high{background:var(--high-bg);border-left-color:var(--high)}
            .ln.medium{background:var(--medium-bg);border-left-color:var(--medium-mark)}
            .ln.low{background:var(--low-bg);border-left-color:var(--low-mark)}
            .ln[data-why]::after{content:attr(data-why);display:block;white-space:pre-wrap;font:600 11px/16px system-ui,\
            -apple-system,"Segoe UI",Roboto,Arial,sans-serif;padding:0 8px 2px calc(7ch + 12px);user-select:none}
            .ln.high[data-why]::after{color:var(--high)}.ln.medium[data-why]::after{color:var(--medium)}\
            .ln.low[data-why]::after{color:var(--low)}
            .ln:target,.ln.focus{outline:2px solid var(--link);outline-offset:-2px}
            .rule{border-top:1px solid var(--line);margin:4px 0}
            .gap{white-space:pre;color:var(--muted);background:var(--soft);font-style:italic;\
            padding:1px 12px 1px calc(7ch + 16px);border-top:1px dashed var(--line);border-bottom:1px dashed var(--line)}
            .cut{color:var(--muted);font-style:italic}
            td.n b.high{color:var(--high)}td.n b.medium{color:var(--medium)}td.n b.low{color:var(--low)}
            td.n .none{color:#8c959f}
            td .changed{color:var(--high);font-weight:600}
            .pill.none{background:#8c959f}
            h2 .sorted{color:var(--muted);font-weight:400;font-size:13px;margin-left:8px}
            .filter{display:flex;align-items:center;gap:10px;margin:0 0 10px}
            .filter select{font:inherit;padding:3px 8px;border:1px solid var(--line);border-radius:6px;background:#fff}
            .filter .note{margin:0}
            footer{color:var(--muted);font-size:12px;padding:0 28px 24px}
            @media (max-width:900px){.sides{grid-template-columns:minmax(0,1fr)}}
            @media print{.code{max-height:none;overflow:visible}}
            """;

    /**
     * Each side opens scrolled to its first marked line, and clicking a location scrolls both sides to
     * its lines and outlines them.
     */
    static final String DIFF_SCRIPT = """
            function reveal(line){
            var pane=line.closest(".code");
            pane.scrollTop=Math.max(0,line.offsetTop-pane.clientHeight/3);
            }
            if(!location.hash){
            document.querySelectorAll(".code").forEach(function(pane){
            var first=pane.querySelector(".ln.high,.ln.medium,.ln.low");
            if(first){reveal(first);}
            });
            }
            document.addEventListener("click",function(event){
            var link=event.target.closest?event.target.closest("a[data-b],a[data-f]"):null;
            if(!link){return;}
            event.preventDefault();
            document.querySelectorAll(".focus").forEach(function(line){line.classList.remove("focus");});
            document.getElementById("sides").scrollIntoView({block:"start"});
            ["data-b","data-f"].forEach(function(name){
            var line=document.getElementById(link.getAttribute(name)||"");
            if(!line){return;}
            reveal(line);
            line.classList.add("focus");
            });
            });
            """;

    private HtmlPage() {
    }

    /**
     * @param title       the page title, plain text
     * @param body        the HTML inside {@code <body>}, already escaped
     * @param script      the page's inline script ({@link #DIFF_SCRIPT}, say), or {@code null} for none
     */
    static String page(String title, String body, String script) {
        StringBuilder page = new StringBuilder(body.length() + STYLE.length() + 1024)
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(hash(STYLE)).append("'; script-src ").append(script != null ? "'" + hash(script) + "'" : "'none'")
                .append("; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light\">\n<title>");
        Html.escape(page, title).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append(body);
        if (script != null) {
            page.append("<script>").append(script).append("</script>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    private static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256 (MessageDigest javadoc).
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }
}
