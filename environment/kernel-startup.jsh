// Run by the "Java (nnlab)" kernel before the first cell (JJAVA_STARTUP_SCRIPTS_PATH in its kernel.json).
// Every notebook's first code cell lists these imports, so code copied to an IDE knows what to import.
import org.nnlab.nn.*;
import org.nnlab.init.*;
import org.nnlab.loss.*;
import org.nnlab.optim.*;
import org.nnlab.train.*;
import org.nnlab.data.*;
import org.nnlab.probe.*;
import org.nnlab.plot.*;
import org.nnlab.experiment.*;
import org.nnlab.random.Rng;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.*;
import tech.tablesaw.api.*;
import tech.tablesaw.plotly.components.Figure;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
