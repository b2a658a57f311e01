package baeum.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signsWithHmacSha256AsRfc4231Says() {
        // RFC 4231, test case 2
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                new Signer("hmac-sha256", "Jefe").sign(b("what do ya want "), b("for nothing?")));
    }

    @Test
    void verifiesOnlyTheRightSignatureAndAnEmptyKeyTurnsSigningOff() {
        Signer s = new Signer("hmac-sha256", "secret");
        String good = s.sign(b("h"), b("p"), b("m"), b("c"));
        assertTrue(s.verify(b(good), b("h"), b("p"), b("m"), b("c")));
        assertFalse(s.verify(b(good), b("h"), b("p"), b("m"), b("C")));
        assertFalse(s.verify(b(good.substring(1)), b("h"), b("p"), b("m"), b("c")));
        assertEquals("", new Signer("hmac-sha256", "").sign(b("x")));
    }

    @Test
    void roundTripsAMessageWithIdentitiesAndBuffers() throws Exception {
        WireCodec codec = new WireCodec(new Signer("hmac-sha256", "k"));
        Message m = Message.reply(null, "session", "execute_request",
                JsonNodeFactory.instance.objectNode().put("code", "1 + 1"));
        m = new Message(List.of(b("client-id")), m.header(), m.parentHeader(), m.metadata(), m.content(), List.of(b("buf")));
        Message back = codec.decode(codec.encode(m));
        assertEquals("execute_request", back.type());
        assertEquals("1 + 1", back.content().path("code").asText());
        assertArrayEquals(b("client-id"), back.identities().getFirst());
        assertArrayEquals(b("buf"), back.buffers().getFirst());
    }

    @Test
    void rejectsForgedBrokenAndTruncatedMessages() {
        WireCodec codec = new WireCodec(new Signer("hmac-sha256", "k"));
        Message m = Message.reply(null, "s", "kernel_info_request", JsonNodeFactory.instance.objectNode());
        List<byte[]> forged = new ArrayList<>(new WireCodec(new Signer("hmac-sha256", "other")).encode(m));
        assertThrows(WireCodec.BadMessage.class, () -> codec.decode(forged));
        List<byte[]> broken = new ArrayList<>(codec.encode(m));
        broken.set(5, b("{\"code\": "));
        broken.set(1, b(new Signer("hmac-sha256", "k").sign(broken.get(2), broken.get(3), broken.get(4), broken.get(5))));
        assertThrows(WireCodec.BadMessage.class, () -> codec.decode(broken));
        assertThrows(WireCodec.BadMessage.class, () -> codec.decode(List.of(b("<IDS|MSG>"), b("sig"))));
    }
}
