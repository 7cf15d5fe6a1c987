package dev.sandboxtests.diff.report;

import dev.sandboxtests.diff.Relevance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code index.html} of a {@link SuiteReport}: totals, a colour legend and one row per diff, with
 * the diff's caveats under its test name. Rows come most relevant first — caveats, then HIGH (or an
 * unmet expectation), MEDIUM, LOW, none — and a few lines of script filter them by service.
 */
final class SuiteIndexPage {

    /** Filters the rows by the chosen service and says how many are shown. */
    static final String FILTER_SCRIPT = """
            (function(){
            var select=document.getElementById("service-filter");
            if(!select){return;}
            var rows=Array.prototype.slice.call(document.querySelectorAll("table.suite tbody tr"));
            var shown=document.getElementById("shown");
            function apply(){
            var count=0;
            rows.forEach(function(row){
            var hide=select.value!=="*"&&row.getAttribute("data-service")!==select.value;
            row.hidden=hide;
            if(!hide){count++;}
            });
            shown.textContent=count===rows.length?"":"Showing "+count+" of "+rows.length;
            }
            select.addEventListener("change",apply);
            apply();
            })();
            """;

    /** Most relevant first; among equals, more HIGH, unmet, MEDIUM, then LOW differences first; else as run. */
    static final Comparator<SuiteReport.Entry> MOST_RELEVANT_FIRST =
            Comparator.<SuiteReport.Entry>comparingInt(SuiteIndexPage::rank)
                    .thenComparing(entry -> entry.summary().count(Relevance.HIGH), Comparator.reverseOrder())
                    .thenComparing(entry -> entry.summary().unmetExpectations(), Comparator.reverseOrder())
                    .thenComparing(entry -> entry.summary().count(Relevance.MEDIUM), Comparator.reverseOrder())
                    .thenComparing(entry -> entry.summary().count(Relevance.LOW), Comparator.reverseOrder());

    private SuiteIndexPage() {
    }

    static String render(List<SuiteReport.Entry> entriesAsRun, Path indexFile) {
        List<SuiteReport.Entry> entries = new ArrayList<>(entriesAsRun);
        entries.sort(MOST_RELEVANT_FIRST); // List.sort is stable: equals keep the order they ran in
        int relevant = 0;
        int caveated = 0;
        int[] totals = new int[Relevance.values().length];
        for (SuiteReport.Entry entry : entries) {
            if (entry.summary().relevant() || entry.summary().unmetExpectations() > 0) {
                relevant++;
            }
            if (!entry.caveats().isEmpty()) {
                caveated++;
            }
            for (Relevance relevance : Relevance.values()) {
                totals[relevance.ordinal()] += entry.summary().count(relevance);
            }
        }
        StringBuilder body = new StringBuilder(16 * 1024)
                .append("<header class=\"page\">\n<h1>Behavioral diffs<span class=\"what\"> · ")
                .append(Texts.count(entries.size(), "diff", "diffs")).append("</span></h1>\n</header>\n<main>\n")
                .append("<section class=\"summary\" aria-label=\"Summary\">\n")
                .append(relevant > 0 ? "<span class=\"verdict bad\">" : "<span class=\"verdict ok\">")
                .append(Texts.number(relevant)).append(" of ").append(Texts.count(entries.size(), "diff", "diffs"))
                .append(" with relevant changes</span>\n");
        if (caveated > 0) {
            body.append("<span class=\"verdict bad\">").append(Texts.number(caveated)).append(" not conclusive:")
                    .append(caveated == 1 ? " it has a caveat" : " they have caveats").append("</span>\n");
        }
        for (Relevance relevance : Relevance.values()) {
            int count = totals[relevance.ordinal()];
            body.append("<span class=\"count ").append(SidePane.cssClass(relevance)).append(count == 0 ? " zero" : "")
                    .append("\"><b>").append(Texts.number(count)).append("</b>").append(relevance.name()).append("</span>\n");
        }
        body.append("</section>\n<div class=\"legend\">\n")
                .append("<span><i class=\"sw high\"></i>HIGH: structural or contract change</span>\n")
                .append("<span><i class=\"sw medium\"></i>MEDIUM: value changed on a stable field</span>\n")
                .append("<span><i class=\"sw low\"></i>LOW: noise, a recognised format, or an expected change</span>\n</div>\n");
        table(body, entries, indexFile);
        body.append("</main>\n<footer>Sandbox Tests behavioral diffs</footer>\n");
        boolean filtered = services(entries).size() > 1;
        return HtmlPage.page("Behavioral diffs (" + entries.size() + ")", body.toString(), filtered ? FILTER_SCRIPT : null);
    }

    /** 0 for a caveat, 1 for HIGH or an unmet expectation, 2 for MEDIUM, 3 for LOW, 4 for none. */
    private static int rank(SuiteReport.Entry entry) {
        if (!entry.caveats().isEmpty()) {
            return 0;
        }
        if (entry.summary().unmetExpectations() > 0) {
            return 1;
        }
        Relevance highest = entry.highest();
        return highest == null ? 4 : 1 + highest.ordinal();
    }

    /** What the rank says, for the first column: {@code CAVEAT}, {@code HIGH} … {@code NONE}. */
    private static String rankName(SuiteReport.Entry entry) {
        int rank = rank(entry);
        return rank == 0 ? "CAVEAT" : rank == 4 ? "NONE" : Relevance.values()[rank - 1].name();
    }

    private static void table(StringBuilder out, List<SuiteReport.Entry> entries, Path indexFile) {
        if (entries.isEmpty()) {
            out.append("<p class=\"note\">No behavioral diffs were reported.</p>\n");
            return;
        }
        out.append("<h2>Diffs <small class=\"sorted\">most relevant first</small></h2>\n");
        serviceFilter(out, entries);
        out.append("<table class=\"suite\">\n<thead><tr><th class=\"n\">#</th><th>Relevance</th><th>Test</th>")
                .append("<th>Service</th><th>Sandbox</th><th>Request</th><th>Status</th><th class=\"n\">HIGH</th>")
                .append("<th class=\"n\">MEDIUM</th><th class=\"n\">LOW</th><th class=\"n\">Unmet</th><th>Report</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < entries.size(); i++) {
            row(out, i + 1, entries.get(i), indexFile);
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder out, int number, SuiteReport.Entry entry, Path indexFile) {
        // A diff with a caveat is marked like a high change: it cannot be taken as passing.
        Relevance highest = entry.caveats().isEmpty() ? entry.highest() : Relevance.HIGH;
        out.append("<tr").append(highest == null ? "" : " class=\"" + SidePane.cssClass(highest) + "\"")
                .append(" data-service=\"");
        Html.escape(out, serviceOf(entry)).append("\"><td class=\"n\">").append(number).append("</td><td>")
                .append("<span class=\"pill ").append(highest == null ? "none" : SidePane.cssClass(highest)).append("\">")
                .append(rankName(entry)).append("</span></td>");
        String href = entry.html() == null ? null : href(indexFile, entry.html());
        out.append("<td>");
        if (href != null && entry.context().testName() != null) {
            out.append("<a href=\"");
            Html.escape(out, href).append("\">");
            Html.escape(out, entry.context().testName()).append("</a>");
        } else {
            Html.escape(out, entry.context().testName() == null ? "(unnamed)" : entry.context().testName());
        }
        for (String caveat : entry.caveats()) {
            out.append("<span class=\"caveat\">Caveat: ");
            Html.escape(out, caveat).append("</span>");
        }
        out.append("</td>");
        cell(out, entry.context().service());
        cell(out, entry.context().sandbox());
        cell(out, entry.context().request());
        out.append("<td>");
        if (entry.baselineStatus() == entry.forkStatus()) {
            Html.escape(out, entry.baselineStatusText());
        } else {
            out.append("<span class=\"changed\">");
            Html.escape(out, entry.baselineStatusText() + " → " + entry.forkStatusText()).append("</span>");
        }
        out.append("</td>");
        for (Relevance relevance : Relevance.values()) {
            count(out, entry.summary().count(relevance), SidePane.cssClass(relevance));
        }
        count(out, entry.summary().unmetExpectations(), "high");
        out.append("<td>");
        if (href == null) {
            out.append("<span class=\"none\">none</span>");
        } else {
            out.append("<a href=\"");
            Html.escape(out, href).append("\">report</a>");
        }
        out.append("</td></tr>\n");
    }

    /** A choice of service, with how many diffs each has; shown only when there is a choice. */
    private static void serviceFilter(StringBuilder out, List<SuiteReport.Entry> entries) {
        Map<String, Integer> services = services(entries);
        if (services.size() < 2) {
            return;
        }
        out.append("<div class=\"filter\"><label for=\"service-filter\">Service</label>")
                .append("<select id=\"service-filter\"><option value=\"*\">All services (")
                .append(Texts.number(entries.size())).append(")</option>");
        services.forEach((service, count) -> {
            out.append("<option value=\"");
            Html.escape(out, service).append("\">");
            Html.escape(out, service.isEmpty() ? "(no service)" : service).append(" (").append(Texts.number(count))
                    .append(")</option>");
        });
        out.append("</select><span id=\"shown\" class=\"note\"></span></div>\n");
    }

    /** Each service's name ({@code ""} for none) and how many diffs it has, by name. */
    private static Map<String, Integer> services(List<SuiteReport.Entry> entries) {
        Map<String, Integer> services = new TreeMap<>();
        entries.forEach(entry -> services.merge(serviceOf(entry), 1, Integer::sum));
        return services;
    }

    private static String serviceOf(SuiteReport.Entry entry) {
        return entry.context().service() == null ? "" : entry.context().service();
    }

    private static void cell(StringBuilder out, String text) {
        out.append("<td>");
        if (text == null) {
            out.append("<span class=\"none\">–</span>");
        } else {
            Html.escape(out, text);
        }
        out.append("</td>");
    }

    private static void count(StringBuilder out, int count, String cssClass) {
        out.append("<td class=\"n\">").append(count == 0 ? "<span class=\"none\">0</span>"
                : "<b class=\"" + cssClass + "\">" + Texts.number(count) + "</b>").append("</td>");
    }

    /** A relative URL from the index to the report, each segment percent-encoded. */
    static String href(Path indexFile, Path report) {
        Path from = indexFile.toAbsolutePath().normalize().getParent();
        Path to = report.toAbsolutePath().normalize();
        Path relative;
        try {
            relative = from == null ? to : from.relativize(to);
        } catch (IllegalArgumentException differentRoots) {
            return to.toUri().toASCIIString(); // another drive: a relative link cannot reach it
        }
        StringBuilder href = new StringBuilder();
        for (Path segment : relative) {
            if (href.length() > 0) {
                href.append('/');
            }
            percentEncode(href, segment.toString());
        }
        return href.toString();
    }

    private static void percentEncode(StringBuilder out, String segment) {
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
    }
}
