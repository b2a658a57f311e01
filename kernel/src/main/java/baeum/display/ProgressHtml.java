package baeum.display;

import baeum.progress.ProgressFormat;
import baeum.progress.ProgressState;

import java.util.Locale;

/**
 * A progress state as an HTML bar (and its terminal line as plain text). The outer element is
 * {@code <div class="baeum-progress" data-state="running|finished|stopped">}; a bar that ran to
 * its end says "finished", one closed early says "stopped".
 */
final class ProgressHtml {
    private ProgressHtml() {}

    static String status(ProgressState s) {
        if (!s.finished()) return "running";
        return !s.hasTotal() || s.count() >= s.total() ? "finished" : "stopped";
    }

    static MimeBundle bundle(ProgressState s) {
        String status = status(s);
        String text = ProgressFormat.line(s, 25) + (s.finished() ? " " + status : "");
        return MimeBundle.text(text).with(MimeBundle.HTML, html(s, status));
    }

    static String html(ProgressState s, String status) {
        double f = s.hasTotal() ? s.fraction() : s.finished() ? 1 : 0;
        String color = switch (status) {
            case "finished" -> "#2ca02c";
            case "stopped" -> "#d62728";
            default -> "#1f77b4";
        };
        var sb = new StringBuilder();
        sb.append("<div class=\"baeum-progress\" data-state=\"").append(status)
          .append("\" style=\"display:flex;align-items:center;gap:8px;font-family:monospace;font-size:13px\">");
        if (!s.description().isEmpty()) {
            sb.append("<span class=\"baeum-progress-desc\">").append(Html.escape(s.description())).append("</span>");
        }
        if (s.hasTotal()) {
            sb.append(String.format(Locale.ROOT, "<span>%3d%%</span>", (int) Math.floor(f * 100)));
        }
        sb.append("<div style=\"width:240px;height:12px;background:#e5e5e5;border-radius:3px;overflow:hidden\">")
          .append(String.format(Locale.ROOT, "<div class=\"baeum-progress-fill\" style=\"width:%.1f%%;height:100%%;background:%s\"></div>",
                  100 * f, color))
          .append("</div>");
        sb.append("<span class=\"baeum-progress-text\">").append(Html.escape(ProgressFormat.count(s)))
          .append(' ').append(Html.escape(ProgressFormat.details(s))).append("</span>");
        if (s.finished()) {
            sb.append("<span class=\"baeum-progress-status\" style=\"color:").append(color).append("\">")
              .append(status).append("</span>");
        }
        return sb.append("</div>").toString();
    }
}
