package baeum.kernel.eval;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.ReturnInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;

/**
 * Rewrites a snippet class before it loads (with {@code java.lang.classfile}):
 * <ul>
 * <li>{@code System.exit(n)}, {@code Runtime.exit(n)} and {@code Runtime.halt(n)} become calls to
 * {@link ExitGuard}, which throw {@link ExitBlockedError}: the cell fails, the kernel lives (unless
 * the session keeps exits: the grading worker's process ends, and the grader replays the rest);</li>
 * <li>{@code do_it$} hands the value it returns to {@link CellValue#capture}, so that the kernel can
 * render the object itself (a tensor as a table, a chart as an image).</li>
 * </ul>
 */
final class SnippetRewriter {
    private static final ClassDesc SYSTEM = ClassDesc.of("java.lang.System");
    private static final ClassDesc RUNTIME = ClassDesc.of("java.lang.Runtime");
    private static final ClassDesc GUARD = ClassDesc.of(ExitGuard.class.getName());
    private static final ClassDesc CELL_VALUE = ClassDesc.of(CellValue.class.getName());
    private static final MethodTypeDesc INT_VOID = MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int);
    private static final MethodTypeDesc RUNTIME_INT_VOID =
            MethodTypeDesc.of(ConstantDescs.CD_void, RUNTIME, ConstantDescs.CD_int);
    private static final MethodTypeDesc OBJECT_VOID =
            MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_Object);

    private SnippetRewriter() {}

    static byte[] rewrite(byte[] classFile, boolean guardExits) {
        ClassFile cf = ClassFile.of();
        ClassTransform t = (cb, element) -> {
            if (element instanceof MethodModel m && m.code().isPresent()) {
                boolean doIt = m.methodName().equalsString("do_it$");
                cb.transformMethod(m, java.lang.classfile.MethodTransform.transformingCode(codeTransform(doIt, guardExits)));
            } else {
                cb.with(element);
            }
        };
        return cf.transformClass(cf.parse(classFile), t);
    }

    private static CodeTransform codeTransform(boolean captureReturn, boolean guardExits) {
        return (CodeBuilder b, CodeElement e) -> {
            if (guardExits && e instanceof InvokeInstruction i && replaceExit(b, i)) return;
            if (captureReturn && e instanceof ReturnInstruction r && r.opcode() == Opcode.ARETURN) {
                b.dup().invokestatic(CELL_VALUE, "capture", OBJECT_VOID);
            }
            b.with(e);
        };
    }

    private static boolean replaceExit(CodeBuilder b, InvokeInstruction i) {
        ClassDesc owner = i.owner().asSymbol();
        String name = i.name().stringValue();
        MethodTypeDesc type = i.typeSymbol();
        if (!type.equals(INT_VOID)) return false;
        if (owner.equals(SYSTEM) && name.equals("exit") && i.opcode() == Opcode.INVOKESTATIC) {
            b.invokestatic(GUARD, "systemExit", INT_VOID);
            return true;
        }
        if (owner.equals(RUNTIME) && i.opcode() == Opcode.INVOKEVIRTUAL
                && (name.equals("exit") || name.equals("halt"))) {
            b.invokestatic(GUARD, name.equals("exit") ? "runtimeExit" : "runtimeHalt", RUNTIME_INT_VOID);
            return true;
        }
        return false;
    }
}
