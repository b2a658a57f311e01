package baeum.kernel.guard;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.MethodTransform;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A Java agent ({@code -javaagent:baeum-agent.jar}, a jar whose manifest names this class) that
 * guards the JVM itself: it retransforms {@code java.lang.Runtime} so that {@code exit(int)} and
 * {@code halt(int)} first check that the kernel permitted the exit ({@link ExitGate#permit()}) and
 * otherwise throw a {@code SecurityException} saying how to restart. That covers every path to
 * {@code System.exit} a cell can take: a call, reflection, method handles, threads it started,
 * library code. SIGTERM (Jupyter's kill) ends the JVM through {@code Shutdown}, not {@code Runtime}.
 *
 * <p>The check uses only {@code java.base} (a system property compared with a random token that
 * is a constant in the rewritten bytecode): a class of ours on the bootstrap class path would do
 * too, but appending to that path turns off the AOT cache for every application class, which
 * doubles the kernel's start-up. This guards against accidents, not an adversary.
 */
public final class ExitAgent {
    static final String ACTIVE_PROPERTY = "baeum.exit.guard";
    static final String PERMIT_PROPERTY = "baeum.exit.permit";
    /** The start of a blocked call's message: {@code Runtime.exit(3) was stopped: ...}. */
    public static final String STOPPED = ") was stopped: it would end the kernel and lose every variable. "
            + "To start over, restart the kernel (menu Kernel > Restart, or press 0 twice in command mode).";
    private static volatile String token;

    private ExitAgent() {}

    public static void premain(String args, Instrumentation inst) {
        try {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String t = HexFormat.of().formatHex(random);
            ClassFileTransformer transformer = new ClassFileTransformer() {
                @Override
                public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefining,
                        ProtectionDomain domain, byte[] bytes) {
                    return "java/lang/Runtime".equals(name) ? guardRuntime(bytes, t) : null;
                }
            };
            inst.addTransformer(transformer, true);
            try {
                inst.retransformClasses(Runtime.class);
            } finally {
                inst.removeTransformer(transformer);
            }
            token = t;
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

    /** Lets Runtime.exit/halt through from now on (the kernel's own shutdown). */
    static void permit() {
        String t = token;
        if (t != null) System.setProperty(PERMIT_PROPERTY, t);
    }

    /**
     * {@code Runtime.exit(int)} and {@code Runtime.halt(int)} starting with
     * {@code if (!TOKEN.equals(System.getProperty(PERMIT))) throw new SecurityException("Runtime.exit(" + status + STOPPED);}
     */
    static byte[] guardRuntime(byte[] classFile, String t) {
        ClassFile cf = ClassFile.of();
        MethodTypeDesc intVoid = MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int);
        ClassDesc sb = ClassDesc.of("java.lang.StringBuilder");
        ClassDesc security = ClassDesc.of("java.lang.SecurityException");
        ClassTransform ct = (cb, element) -> {
            if (element instanceof MethodModel m && m.code().isPresent()
                    && (m.methodName().equalsString("exit") || m.methodName().equalsString("halt"))
                    && m.methodTypeSymbol().equals(intVoid)) {
                String what = "Runtime." + m.methodName().stringValue() + "(";
                cb.transformMethod(m, MethodTransform.transformingCode(new CodeTransform() {
                    @Override
                    public void atStart(CodeBuilder b) {
                        Label permitted = b.newLabel();
                        b.ldc(t).ldc(PERMIT_PROPERTY)
                                .invokestatic(ClassDesc.of("java.lang.System"), "getProperty",
                                        MethodTypeDesc.of(ConstantDescs.CD_String, ConstantDescs.CD_String))
                                .invokevirtual(ConstantDescs.CD_String, "equals",
                                        MethodTypeDesc.of(ConstantDescs.CD_boolean, ConstantDescs.CD_Object))
                                .ifne(permitted)
                                .new_(security).dup()
                                .new_(sb).dup().ldc(what)
                                .invokespecial(sb, ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String))
                                .iload(1)
                                .invokevirtual(sb, "append", MethodTypeDesc.of(sb, ConstantDescs.CD_int))
                                .ldc(STOPPED)
                                .invokevirtual(sb, "append", MethodTypeDesc.of(sb, ConstantDescs.CD_String))
                                .invokevirtual(sb, "toString", MethodTypeDesc.of(ConstantDescs.CD_String))
                                .invokespecial(security, ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String))
                                .athrow()
                                .labelBinding(permitted);
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
}
