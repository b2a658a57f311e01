// Baeum's preload: what every kernel and `baeum jshell` session starts with.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import baeum.tensor.*;
import baeum.storage.*;
import static baeum.Baeum.*;
import static baeum.display.Display.*;
import static baeum.plot.Plots.*;
import static baeum.progress.Progress.*;
