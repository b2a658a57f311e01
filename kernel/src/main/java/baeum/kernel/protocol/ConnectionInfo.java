package baeum.kernel.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The connection file Jupyter writes for a kernel: where to bind and how to sign.
 *
 * <pre>
 * jshell> ConnectionInfo.parse("{\"transport\":\"tcp\",\"ip\":\"127.0.0.1\",\"shell_port\":5000, ...}")
 * </pre>
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int controlPort, int stdinPort,
                             int iopubPort, int hbPort, String signatureScheme, String key) {

    public static ConnectionInfo read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    public static ConnectionInfo parse(String json) throws IOException {
        JsonNode n = new ObjectMapper().readTree(json);
        return new ConnectionInfo(n.path("transport").asText("tcp"), n.path("ip").asText("127.0.0.1"),
                n.path("shell_port").asInt(), n.path("control_port").asInt(), n.path("stdin_port").asInt(),
                n.path("iopub_port").asInt(), n.path("hb_port").asInt(),
                n.path("signature_scheme").asText("hmac-sha256"), n.path("key").asText(""));
    }

    /** The ZeroMQ address of a port, e.g. {@code tcp://127.0.0.1:5000}. */
    public String address(int port) {
        return "ipc".equals(transport) ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }
}
