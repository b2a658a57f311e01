package baeum.kernel.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.MethodModel;
import java.lang.classfile.MethodTransform;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.ProtectionDomain;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * A Java agent ({@code -javaagent:baeum-kernel.jar}; the kernel jar's manifest names this class)
 * that guards the JVM itself: it retransforms {@code java.lang.Runtime} so that {@code exit} and
 * {@code halt} first call {@link ExitGate#check}. Only the kernel's own shutdown may then end the
 * process, whatever path a cell takes to {@code System.exit} (reflection, method handles, threads
 * it started, library code). {@link ExitGate} goes on the bootstrap class path first (from a small
 * private temporary jar, deleted once the class is loaded) so that {@code Runtime} can call it.
 *
 * <p>This class must not touch {@code ExitGate} before that: the application class loader would
 * load a copy that {@code Runtime} cannot see.
 */
public final class ExitAgent {
    static final String GATE = "baeum.kernel.guard.ExitGate";
    static final String ACTIVE_PROPERTY = "baeum.exit.guard";
    private static final String GATE_FILE = GATE.replace('.', '/') + ".class";

    private ExitAgent() {}

    public static void premain(String args, Instrumentation inst) {
        try {
            Path jar = gateJar();
            try {
                inst.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
                Class.forName(GATE, true, null);   // loaded now: the file can go
            } finally {
                Files.deleteIfExists(jar);
            }
            ClassFileTransformer t = new ClassFileTransformer() {
                @Override
                public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefining,
                        ProtectionDomain domain, byte[] bytes) {
                    return "java/lang/Runtime".equals(name) ? guardRuntime(bytes) : null;
                }
            };
            inst.addTransformer(t, true);
            try {
                inst.retransformClasses(Runtime.class);
            } finally {
                inst.removeTransformer(t);
            }
            System.setProperty(ACTIVE_PROPERTY, "on");
        } catch (Throwable e) {
            System.err.println("baeum: the exit guard could not be installed (" + e + "); "
                    + "System.exit reached through reflection can end the kernel");
        }
    }

    /** Whether the agent guards this JVM. */
    public static boolean active() {
        return "on".equals(System.getProperty(ACTIVE_PROPERTY));
    }

    /** {@code Runtime.exit(int)} and {@code Runtime.halt(int)} with {@code ExitGate.check(name, status)} first. */
    static byte[] guardRuntime(byte[] classFile) {
        ClassFile cf = ClassFile.of();
        ClassDesc gate = ClassDesc.of(GATE);
        MethodTypeDesc check = MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String, ConstantDescs.CD_int);
        ClassTransform ct = (cb, element) -> {
            if (element instanceof MethodModel m && m.code().isPresent()
                    && (m.methodName().equalsString("exit") || m.methodName().equalsString("halt"))
                    && m.methodTypeSymbol().equals(MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int))) {
                String what = "Runtime." + m.methodName().stringValue();
                cb.transformMethod(m, MethodTransform.transformingCode(new CodeTransform() {
                    @Override
                    public void atStart(CodeBuilder b) {
                        b.ldc(what).iload(1).invokestatic(gate, "check", check);
                    }

                    @Override
                    public void accept(CodeBuilder b, CodeElement e) {
                        b.with(e);
                    }
                }));
            } else {
                cb.with(element);
            }
        };
        return cf.transformClass(cf.parse(classFile), ct);
    }

    /** A fresh private jar holding only {@code ExitGate} (deleted once the class is loaded). */
    private static Path gateJar() throws IOException {
        byte[] gate;
        try (InputStream in = ExitAgent.class.getClassLoader().getResourceAsStream(GATE_FILE)) {
            if (in == null) throw new IOException(GATE_FILE + " not found");
            gate = in.readAllBytes();
        }
        Path jar = Files.createTempFile("baeum-exit-gate", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry(GATE_FILE));
            j.write(gate);
            j.closeEntry();
        }
        return jar;
    }
}
