package baeum.nn;

import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes a state dict in the <a href="https://github.com/huggingface/safetensors">safetensors</a>
 * layout, so a file saved by Baeum opens in Python with {@code safetensors.torch.load_file}:
 * <ol>
 *   <li>8 bytes: the header length {@code N}, unsigned 64-bit little-endian;</li>
 *   <li>{@code N} bytes: a UTF-8 JSON object (padded with spaces to a multiple of 8) mapping each
 *       name, in state-dict order, to {@code {"dtype": "F32", "shape": [256, 784],
 *       "data_offsets": [begin, end]}} (offsets in bytes from the start of the data), plus
 *       {@code "__metadata__": {"format": "baeum", "version": "1"}};</li>
 *   <li>the data: each tensor's values in row-major order, little-endian, back to back. dtypes:
 *       {@code F32} (float32), {@code F64} (float64), {@code I64} (int64), {@code BOOL} (one byte).</li>
 * </ol>
 */
public final class StateDictFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StateDictFile() {}

    /** Writes {@code state} to {@code path}, replacing the file. */
    public static void write(Map<String, Tensor> state, Path path) {
        ObjectNode header = JSON.createObjectNode();
        header.putObject("__metadata__").put("format", "baeum").put("version", "1");
        long offset = 0;
        for (var e : state.entrySet()) {
            Tensor t = e.getValue();
            long bytes = t.numel() * width(t.dtype());
            ObjectNode entry = header.putObject(e.getKey());
            entry.put("dtype", code(t.dtype()));
            ArrayNode shape = entry.putArray("shape");
            for (int d : t.shape().toArray()) {
                shape.add(d);
            }
            entry.putArray("data_offsets").add(offset).add(offset + bytes);
            offset += bytes;
        }
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(header);
        } catch (IOException e) {
            throw new TensorError("save: cannot encode the header: " + e.getMessage());
        }
        int padded = (json.length + 7) / 8 * 8;
        if (offset > Integer.MAX_VALUE - padded - 8) {
            throw new TensorError("save: the state is larger than 2 GiB, which this writer does not support");
        }
        ByteBuffer buf = ByteBuffer.allocate(8 + padded + (int) offset).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(padded).put(json);
        for (int i = json.length; i < padded; i++) {
            buf.put((byte) ' ');
        }
        for (Tensor t : state.values()) {
            NnTensors.writeLittleEndian(t, buf);
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(path, buf.array());
        } catch (IOException e) {
            throw new TensorError("save: cannot write " + path + ": " + e.getMessage());
        }
    }

    /** Reads a file written by {@link #write} (or any safetensors file with the dtypes above), in file order. */
    public static Map<String, Tensor> read(Path path) {
        byte[] all;
        try {
            all = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new TensorError("load: cannot read " + path + ": " + e.getMessage());
        }
        ByteBuffer buf = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        long n = all.length >= 8 ? buf.getLong(0) : -1;
        if (n < 2 || 8 + n > all.length) {
            throw new TensorError("load: " + path + " is not a state-dict file (safetensors layout): bad header length " + n);
        }
        JsonNode header;
        try {
            header = JSON.readTree(new String(all, 8, (int) n, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TensorError("load: " + path + " has a broken JSON header: " + e.getMessage());
        }
        int dataStart = 8 + (int) n;
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = header.properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equals("__metadata__")) {
                continue;
            }
            JsonNode entry = e.getValue();
            DType dtype = dtype(entry.path("dtype").asText(), path);
            int[] shape = new int[entry.path("shape").size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = entry.path("shape").get(i).asInt();
            }
            long begin = entry.path("data_offsets").path(0).asLong(-1);
            long end = entry.path("data_offsets").path(1).asLong(-1);
            long count = 1;
            for (int d : shape) {
                count *= d;
            }
            if (begin < 0 || end != begin + count * width(dtype) || dataStart + end > all.length) {
                throw new TensorError("load: " + path + ": entry " + e.getKey() + " has data offsets ["
                        + begin + ", " + end + "] that do not fit its shape or the file; the file is damaged");
            }
            ByteBuffer slice = buf.slice(dataStart + (int) begin, (int) (end - begin)).order(ByteOrder.LITTLE_ENDIAN);
            out.put(e.getKey(), NnTensors.readLittleEndian(slice, dtype, shape));
        }
        return out;
    }

    private static int width(DType d) {
        return switch (d) {
            case FLOAT32 -> 4;
            case FLOAT64, INT64 -> 8;
            case BOOL -> 1;
        };
    }

    private static String code(DType d) {
        return switch (d) {
            case FLOAT32 -> "F32";
            case FLOAT64 -> "F64";
            case INT64 -> "I64";
            case BOOL -> "BOOL";
        };
    }

    private static DType dtype(String code, Path path) {
        return switch (code) {
            case "F32" -> DType.FLOAT32;
            case "F64" -> DType.FLOAT64;
            case "I64" -> DType.INT64;
            case "BOOL" -> DType.BOOL;
            default -> throw new TensorError("load: " + path + " holds dtype " + code
                    + ", which Baeum does not read (it reads F32, F64, I64, BOOL)");
        };
    }
}
