package baeum.kernel.eval;

/**
 * Where a snippet came from: the cell's label (e.g. {@code In [3]}), the cell's text, and the
 * snippet's offset in it. Turns positions inside the snippet into cell lines and columns.
 */
record CellSource(String label, String cell, int offset) {

    /** The 1-based line in the cell of a position inside the snippet. */
    int line(int snippetPos) {
        int pos = Math.min(cell.length(), offset + Math.max(0, snippetPos));
        int line = 1;
        for (int i = 0; i < pos; i++) if (cell.charAt(i) == '\n') line++;
        return line;
    }

    /** The 1-based cell line of a 1-based line inside the snippet. */
    int lineOfSnippetLine(int snippetLine) {
        return line(0) + snippetLine - 1;
    }

    /** The text of a 1-based cell line. */
    String lineText(int line) {
        String[] lines = cell.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    /** The 0-based column of a position inside the snippet. */
    int column(int snippetPos) {
        int pos = Math.min(cell.length(), offset + Math.max(0, snippetPos));
        int start = cell.lastIndexOf('\n', pos - 1) + 1;
        return pos - start;
    }
}
