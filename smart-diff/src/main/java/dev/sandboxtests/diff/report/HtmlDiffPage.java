package dev.sandboxtests.diff.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.rendering.Locations;
import java.util.List;
import java.util.Map;

/**
 * The HTML report of one diff: what was compared, the counts with a colour legend, the table of
 * differences, and baseline and fork side by side with the lines of each difference marked.
 */
final class HtmlDiffPage {

    /** The most differences the table lists; the JSON report has all of them. */
    static final int TABLE_ROWS = 500;
    private static final int LOCATION_PREVIEW = 140;

    private HtmlDiffPage() {
    }

    static String render(BehaviorDiff diff, ReportContext context) {
        List<Difference> all = diff.differences();
        List<Difference> shown = all.subList(0, Math.min(all.size(), TABLE_ROWS));
        SidePane baseline = new SidePane(false, diff.baseline(), shown, shown.stream().map(Difference::path).toList());
        SidePane fork = new SidePane(true, diff.fork(), shown, ForkLines.paths(diff, shown.size()));
        DiffSummary summary = DiffSummary.of(diff);

        StringBuilder body = new StringBuilder(64 * 1024);
        header(body, context, summary);
        body.append("<main>\n");
        caveats(body, diff.caveats());
        summary(body, summary, diff.caveats().size());
        unmetExpectations(body, diff.unmetExpectations());
        table(body, shown, all.size(), baseline, fork);
        body.append("<h2>Baseline and fork</h2>\n<div class=\"sides\" id=\"sides\">\n");
        baseline.appendTo(body);
        fork.appendTo(body);
        body.append("</div>\n</main>\n<footer>Sandbox Tests behavioral diff · JSON report schema v")
                .append(JsonDiffReport.SCHEMA_VERSION).append("</footer>\n");
        String title = context.testName() == null ? "Behavioral diff" : "Behavioral diff: " + context.testName();
        return HtmlPage.page(title, body.toString(), HtmlPage.DIFF_SCRIPT);
    }

    private static void header(StringBuilder out, ReportContext context, DiffSummary summary) {
        out.append("<header class=\"page\">\n<h1>Behavioral diff");
        if (context.testName() != null) {
            out.append("<span class=\"what\"> · ");
            Html.escape(out, context.testName()).append("</span>");
        }
        out.append("</h1>\n<dl class=\"meta\">\n");
        // What was asked, and of whom, first: the rest says where the answers came from.
        meta(out, "Request", context.request());
        meta(out, "Service", context.service());
        meta(out, "Sandbox", context.sandbox());
        meta(out, "Routing key", context.routingKey());
        for (Map.Entry<String, String> attribute : context.attributes().entrySet()) {
            meta(out, attribute.getKey(), attribute.getValue());
        }
        meta(out, "Baseline samples", Integer.toString(summary.baselineSamples()));
        out.append("</dl>\n</header>\n");
    }

    private static void meta(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append("<div><dt>");
            Html.escape(out, name).append("</dt><dd>");
            Html.escape(out, value).append("</dd></div>\n");
        }
    }

    /** A banner above everything else: with a caveat, nothing below can be taken at face value. */
    private static void caveats(StringBuilder out, List<String> caveats) {
        if (caveats.isEmpty()) {
            return;
        }
        out.append("<section class=\"caveats\" role=\"alert\">\n<h2>")
                .append(caveats.size() == 1 ? "Caveat" : "Caveats")
                .append(": this diff may not show the fork's behaviour</h2>\n<ul>\n");
        for (String caveat : caveats) {
            out.append("<li>");
            Html.escape(out, caveat).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void summary(StringBuilder out, DiffSummary summary, int caveats) {
        out.append("<section class=\"summary\" aria-label=\"Summary\">\n").append(verdict(summary, caveats));
        for (Relevance relevance : Relevance.values()) {
            int count = summary.count(relevance);
            out.append("<span class=\"count ").append(SidePane.cssClass(relevance)).append(count == 0 ? " zero" : "")
                    .append("\"><b>").append(Texts.number(count)).append("</b>").append(relevance.name()).append("</span>\n");
        }
        if (summary.ignored() > 0) {
            out.append("<span class=\"count\"><b>").append(Texts.number(summary.ignored()))
                    .append("</b>ignored by rules</span>\n");
        }
        out.append("</section>\n<div class=\"legend\">\n")
                .append("<span><i class=\"sw high\"></i>HIGH: status, content type, type change, missing or extra field</span>\n")
                .append("<span><i class=\"sw medium\"></i>MEDIUM: value changed on a stable field</span>\n")
                .append("<span><i class=\"sw low\"></i>LOW: noise, a recognised format, or an expected change</span>\n")
                .append("</div>\n");
    }

    /** With a caveat, the counts say nothing about the fork, so the verdict says so instead. */
    private static String verdict(DiffSummary summary, int caveats) {
        if (caveats > 0) {
            return "<span class=\"verdict bad\">Not conclusive: see the " + (caveats == 1 ? "caveat" : "caveats")
                    + "</span>\n";
        }
        return summary.relevant() || summary.unmetExpectations() > 0
                ? "<span class=\"verdict bad\">Relevant changes</span>\n"
                : "<span class=\"verdict ok\">No relevant changes</span>\n";
    }

    private static void unmetExpectations(StringBuilder out, List<DiffRules.Expect> unmet) {
        if (unmet.isEmpty()) {
            return;
        }
        out.append("<section class=\"unmet\">\n<h2>Expected changes that did not happen</h2>\n<ul>\n");
        for (DiffRules.Expect expect : unmet) {
            out.append("<li><code>");
            Html.escape(out, expect.pattern().toString()).append("</code>: ");
            Html.escape(out, expect.description()).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void table(StringBuilder out, List<Difference> shown, int total, SidePane baseline, SidePane fork) {
        out.append("<h2>Differences</h2>\n");
        if (total == 0) {
            out.append("<p class=\"note\">None: baseline and fork behaved the same.</p>\n");
            return;
        }
        out.append("<div class=\"scroll\"><table class=\"differences\">\n<thead><tr><th class=\"n\">#</th><th>Relevance</th><th>Change</th>")
                .append("<th>Location</th><th>Baseline → fork</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < shown.size(); i++) {
            row(out, i + 1, shown.get(i), baseline, fork);
        }
        out.append("</tbody>\n</table></div>\n");
        if (total > shown.size()) {
            out.append("<p class=\"note\">The first ").append(Texts.number(shown.size())).append(" of ")
                    .append(Texts.number(total)).append(" differences are listed; the JSON report has all of them.</p>\n");
        }
    }

    private static void row(StringBuilder out, int id, Difference difference, SidePane baseline, SidePane fork) {
        String relevance = SidePane.cssClass(difference.relevance());
        out.append("<tr class=\"").append(relevance).append("\" id=\"d").append(id).append("\">")
                .append("<td class=\"n\">").append(id).append("</td>")
                .append("<td><span class=\"pill ").append(relevance).append("\">").append(difference.relevance().name())
                .append("</span></td><td class=\"op\">").append(difference.operation().name()).append("</td>")
                .append("<td class=\"where\">");
        location(out, id, difference, baseline, fork);
        boolean secret = difference.section() == Section.HEADER && Redaction.isSecret(difference.path());
        out.append("</td><td>");
        value(out, difference.baseline(), baseline.valueText(difference), secret);
        out.append("<span class=\"arrow\">→</span>");
        value(out, difference.fork(), fork.valueText(difference), secret);
        out.append("</td><td>");
        Html.escape(out, difference.reason()).append("</td></tr>\n");
    }

    private static void location(StringBuilder out, int id, Difference difference, SidePane baseline, SidePane fork) {
        String inBaseline = baseline.anchor(id);
        String inFork = fork.anchor(id);
        String location = Locations.shorten(difference.location(), LOCATION_PREVIEW);
        if (inBaseline == null && inFork == null) {
            out.append("<code>");
            Html.escape(out, location).append("</code>");
        } else {
            out.append("<a href=\"#").append(inFork != null ? inFork : inBaseline).append('"');
            if (inBaseline != null) {
                out.append(" data-b=\"").append(inBaseline).append('"');
            }
            if (inFork != null) {
                out.append(" data-f=\"").append(inFork).append('"');
            }
            out.append("><code>");
            Html.escape(out, location).append("</code></a>");
        }
        String baselineLabel = baseline.label(id);
        String forkLabel = fork.label(id);
        if (difference.section() == Section.BODY && (baselineLabel != null || forkLabel != null)) {
            out.append("<span class=\"at\">");
            side(out, "baseline", baselineLabel, inBaseline);
            if (baselineLabel != null && forkLabel != null) {
                out.append(" · ");
            }
            side(out, "fork", forkLabel, inFork);
            out.append("</span>");
        }
    }

    private static void side(StringBuilder out, String name, String label, String anchor) {
        if (label == null) {
            return;
        }
        out.append(name).append(' ');
        if (anchor == null) {
            Html.escape(out, label);
        } else {
            out.append("<a href=\"#").append(anchor).append("\">");
            Html.escape(out, label).append("</a>");
        }
    }

    /** The value as the text report and assertion messages show it, so all three agree. */
    private static void value(StringBuilder out, JsonNode value, String text, boolean secret) {
        out.append("<code class=\"v\">");
        if (secret && !value.isMissingNode()) {
            text = Redaction.REDACTED;
        }
        Html.escape(out, text).append("</code>");
    }
}
