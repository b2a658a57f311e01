package baeum.exercises.grade;

import baeum.exercises.format.Rebuild;

/**
 * How one cell of a submission ran in the worker.
 *
 * @param ok true when it compiled and ran without an exception
 * @param message why not (compile error with its line, exception, timeout, exit, memory)
 * @param output what it printed (capped)
 * @param fatal it timed out or ended the session, so replays skip it
 */
record CellRun(Rebuild.Cell cell, boolean ok, String message, String output, boolean fatal) {
}
