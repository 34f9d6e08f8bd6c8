package taipan.builtins;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.dsl.NodeFactory;

import taipan.builtins.functions.BuiltinFunctionsFactory;
import taipan.builtins.functions.ImportBuiltinsFactory;
import taipan.builtins.modules.SysExceptionBuiltinsFactory;
import taipan.builtins.modules.SysModuleBuiltins;
import taipan.builtins.modules.SysModuleBuiltinsFactory;
import taipan.builtins.types.BaseExceptionBuiltinsFactory;
import taipan.builtins.types.ModuleBuiltinsFactory;
import taipan.builtins.types.BoolBuiltinsFactory;
import taipan.builtins.types.FloatBuiltinsFactory;
import taipan.builtins.types.GeneratorBuiltinsFactory;
import taipan.builtins.types.OSErrorBuiltinsFactory;
import taipan.builtins.types.IntBuiltinsFactory;
import taipan.builtins.types.RangeBuiltinsFactory;
import taipan.builtins.types.ListBuiltinsFactory;
import taipan.builtins.types.StrSplitBuiltinsFactory;
import taipan.builtins.types.ListMethodsBuiltinsFactory;
import taipan.builtins.types.StrBuiltinsFactory;
import taipan.builtins.types.StrCaseBuiltinsFactory;
import taipan.builtins.types.StrFormatBuiltinsFactory;
import taipan.builtins.types.StrCodecBuiltinsFactory;
import taipan.builtins.types.BytesBuiltinsFactory;
import taipan.builtins.types.BytesClassBuiltinsFactory;
import taipan.builtins.types.BytesSearchBuiltinsFactory;
import taipan.builtins.types.BytesTextBuiltinsFactory;
import taipan.builtins.types.ByteArrayBuiltinsFactory;
import taipan.builtins.types.StrLayoutBuiltinsFactory;
import taipan.builtins.types.StrSearchBuiltinsFactory;
import taipan.builtins.types.TypeBuiltinsFactory;
import taipan.builtins.types.ObjectBuiltinsFactory;
import taipan.builtins.types.BaseExceptionInitBuiltinsFactory;
import taipan.builtins.types.DescriptorBuiltinsFactory;
import taipan.builtins.types.PropertyBuiltinsFactory;
import taipan.builtins.functions.ObjectFunctionsFactory;
import taipan.builtins.types.DictBuiltinsFactory;
import taipan.builtins.types.DictViewBuiltinsFactory;
import taipan.builtins.types.SetBuiltinsFactory;
import taipan.builtins.types.SetAlgebraBuiltinsFactory;
import taipan.builtins.types.SetUpdateBuiltinsFactory;
import taipan.builtins.types.SliceBuiltinsFactory;
import taipan.builtins.types.ListSortBuiltinsFactory;
import taipan.builtins.types.TupleBuiltinsFactory;
import taipan.builtins.types.DictKeysViewBuiltinsFactory;
import taipan.builtins.types.RangeMethodsBuiltinsFactory;
import taipan.builtins.types.ContainerDunderBuiltinsFactory;
import taipan.builtins.types.MutableContainerDunderBuiltinsFactory;
import taipan.builtins.types.SetLikeDunderBuiltinsFactory;
import taipan.language.TaipanLanguage;
import taipan.language.spi.BuiltinsProvider;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.BuiltinRootNode;
import taipan.nodes.builtin.PythonBuiltinNode;
import taipan.runtime.function.LazyCallTarget;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PClassMethod;
import taipan.runtime.function.Signature;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * Builds the {@code builtins} namespace from the {@link Builtin} annotations of the containers' DSL-generated
 * factories: no hand-written name-to-node map. A new container is one line in {@link #containers()}.
 */
public final class BuiltinsRegistry implements BuiltinsProvider {

    /** Every container of built-in functions and constructors, as the DSL lists its nodes. */
    static List<List<? extends NodeFactory<? extends PythonBuiltinNode>>> containers() {
        return List.of(
                        BuiltinFunctionsFactory.getFactories(),
                        TypeBuiltinsFactory.getFactories(),
                        IntBuiltinsFactory.getFactories(),
                        BoolBuiltinsFactory.getFactories(),
                        FloatBuiltinsFactory.getFactories(),
                        StrBuiltinsFactory.getFactories(),
                        BaseExceptionBuiltinsFactory.getFactories(),
                        OSErrorBuiltinsFactory.getFactories(),
                        taipan.builtins.types.ExceptionGroupBuiltinsFactory.getFactories(),
                        SysExceptionBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SysSizeOfBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.SysFrameBuiltinsFactory.getFactories(),
                        RangeBuiltinsFactory.getFactories(),
                        StrSearchBuiltinsFactory.getFactories(),
                        ListBuiltinsFactory.getFactories(),
                        ListMethodsBuiltinsFactory.getFactories(),
                        taipan.builtins.types.ListInPlaceBuiltinsFactory.getFactories(),
                        taipan.builtins.types.GenericClassBuiltinsFactory.getFactories(),
                        taipan.builtins.types.ObjectOrderBuiltinsFactory.getFactories(),
                        taipan.builtins.types.MethodDescriptorBuiltinsFactory.getFactories(),
                        StrSplitBuiltinsFactory.getFactories(),
                        StrCaseBuiltinsFactory.getFactories(),
                        StrLayoutBuiltinsFactory.getFactories(),
                        StrFormatBuiltinsFactory.getFactories(),
                        StrCodecBuiltinsFactory.getFactories(),
                        BytesBuiltinsFactory.getFactories(),
                        BytesClassBuiltinsFactory.getFactories(),
                        BytesSearchBuiltinsFactory.getFactories(),
                        BytesTextBuiltinsFactory.getFactories(),
                        ByteArrayBuiltinsFactory.getFactories(),
                        SysModuleBuiltinsFactory.getFactories(),
                        DictBuiltinsFactory.getFactories(),
                        DictViewBuiltinsFactory.getFactories(),
                        SetBuiltinsFactory.getFactories(),
                        SetAlgebraBuiltinsFactory.getFactories(),
                        SetUpdateBuiltinsFactory.getFactories(),
                        SliceBuiltinsFactory.getFactories(),
                        taipan.builtins.types.CellBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.FunctionConstructorBuiltinsFactory.getFactories(),
                        taipan.builtins.types.CodeReplaceBuiltinsFactory.getFactories(),
                        taipan.builtins.types.IteratorDunderBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.NumericBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.IterationBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.ReversedDunderBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.ReductionBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.InputBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.EvalBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.ClassBuildingBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.IntrospectionBuiltinsFactory.getFactories(),
                        taipan.builtins.types.NumberDunderBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.MathFloatBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.MathModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.MathIntBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SysNumberBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.TimeModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.types.IntMethodsBuiltinsFactory.getFactories(),
                        taipan.builtins.types.IntBytesBuiltinsFactory.getFactories(),
                        taipan.builtins.types.MemoryViewBuiltinsFactory.getFactories(),
                        taipan.builtins.types.MappingProxyBuiltinsFactory.getFactories(),
                        taipan.builtins.types.MappingProxyNewBuiltinsFactory.getFactories(),
                        taipan.builtins.types.FloatMethodsBuiltinsFactory.getFactories(),
                        taipan.builtins.types.ComplexBuiltinsFactory.getFactories(),
                        ImportBuiltinsFactory.getFactories(),
                        ModuleBuiltinsFactory.getFactories(),
                        GeneratorBuiltinsFactory.getFactories(),
                        taipan.builtins.types.CoroutineBuiltinsFactory.getFactories(),
                        taipan.builtins.types.CoroutineAwaitBuiltinsFactory.getFactories(),
                        taipan.builtins.types.CoroutineWrapperBuiltinsFactory.getFactories(),
                        taipan.builtins.types.AsyncGeneratorBuiltinsFactory.getFactories(),
                        taipan.builtins.types.AsyncAwaitableBuiltinsFactory.getFactories(),
                        taipan.builtins.functions.AsyncIterationBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SysAsyncBuiltinsFactory.getFactories(),
                        ObjectBuiltinsFactory.getFactories(),
                        taipan.builtins.types.SizeOfBuiltinsFactory.getFactories(),
                        BaseExceptionInitBuiltinsFactory.getFactories(),
                        DescriptorBuiltinsFactory.getFactories(),
                        taipan.builtins.types.DescriptorProtocolBuiltinsFactory.getFactories(),
                        taipan.builtins.types.DataDescriptorBuiltinsFactory.getFactories(),
                        PropertyBuiltinsFactory.getFactories(),
                        taipan.builtins.types.StaticMethodBuiltinsFactory.getFactories(),
                        taipan.builtins.types.NumberUnaryDunderBuiltinsFactory.getFactories(),
                        taipan.builtins.types.CallableDunderBuiltinsFactory.getFactories(),
                        taipan.builtins.types.BufferDunderBuiltinsFactory.getFactories(),
                        taipan.builtins.types.SingletonConstructorBuiltinsFactory.getFactories(),
                        ObjectFunctionsFactory.getFactories(),
                        ListSortBuiltinsFactory.getFactories(),
                        TupleBuiltinsFactory.getFactories(),
                        DictKeysViewBuiltinsFactory.getFactories(),
                        RangeMethodsBuiltinsFactory.getFactories(),
                        ContainerDunderBuiltinsFactory.getFactories(),
                        MutableContainerDunderBuiltinsFactory.getFactories(),
                        SetLikeDunderBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ItertoolsModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ItertoolsSliceBuiltinsFactory.getFactories(),
                        taipan.builtins.types.ItertoolsIteratorBuiltinsFactory.getFactories(),
                        taipan.builtins.types.ItertoolsMethodBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DequeBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.TupleGetterBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CodecsModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CodecsFunctionBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CodecsUtf16BuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CodecsCharmapBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CodecsEscapeBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CodecsErrorBuiltinsFactory.getFactories(),
                        taipan.builtins.types.UnicodeErrorInitBuiltinsFactory.getFactories(),
                        taipan.builtins.types.NamedErrorInitBuiltinsFactory.getFactories(),
                        taipan.builtins.types.CodePositionBuiltinsFactory.getFactories(),
                        taipan.builtins.types.CodeCompareBuiltinsFactory.getFactories(),
                        taipan.builtins.types.SyntaxErrorInitBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SuggestionsModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DequeDunderBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DequeCompareBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DefaultDictBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.StringModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.StructModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.StructTypeBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SreModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SrePatternBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SrePatternDunderBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SreMatchBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SreMatchAttributesFactory.getFactories(),
                        taipan.builtins.modules.SreScannerBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SreGenericBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.HeapqModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.BisectModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.OperatorModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.TypingModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.TypeVarBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.TypeAliasTypeBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.GenericBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.NoDefaultBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ParamSpecArgsBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ThreadModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ThreadLockBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ThreadRLockBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ThreadHandleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ThreadLocalBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.QueueSimpleQueueBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ContextvarsModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ContextvarsVarBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ContextvarsContextBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.AtexitModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SignalModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.WeakrefModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.WeakrefTypeBuiltinsFactory.getFactories(),
                        taipan.builtins.types.WeakProxyBuiltinsFactory.getFactories(),
                        taipan.builtins.types.BaseExceptionReduceBuiltinsFactory.getFactories(),
                        taipan.builtins.types.WeakCallableProxyBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.GcModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SysThreadBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SysAuditBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SysTraceBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SysDisplayHookBuiltinsFactory.getFactories(),
                        taipan.builtins.types.FrameBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PosixModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PosixFileBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PosixProcessBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PosixScandirBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ImpModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.WarningsModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CsvModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CsvDialectBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CsvReaderBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.TokenizerIterBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CsvWriterBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.MarshalModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PosixScandirIteratorBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PosixDirEntryBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PosixLinkBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PosixStructBuiltinsFactory.getFactories(),
                        taipan.builtins.types.ContainerInitBuiltinsFactory.getFactories(),
                        taipan.builtins.types.GenericAliasBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.IoModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.IoBaseBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.IoRawBaseBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.IoStringIOBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.IoBytesIOBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.IoFileBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.IoFileIOBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.IoBufferedBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.IoTextIOWrapperBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.IoNewlineDecoderBuiltinsFactory.getFactories(),
                        taipan.builtins.types.UnionTypeBuiltinsFactory.getFactories(),
                        taipan.builtins.types.UnionTypeCompareBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.RandomBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.HashTypeBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.HashDigestBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.HashShakeBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.HashConstructorBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.HashBlake2BuiltinsFactory.getFactories(),
                        taipan.builtins.modules.BinasciiModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ZlibModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ZlibStreamBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ArrayBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ArrayDunderBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ArrayCompareBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.BinasciiQuotedPrintableFactory.getFactories(),
                        taipan.builtins.modules.TimeStructBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.UnicodedataModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.CmathModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.HashCompareBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.HashLibBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DecimalModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DecimalBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DecimalArithBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DecimalCompareBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DecimalValueBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DecimalMethodBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DecimalContextBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DecimalContextAttributeBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DecimalContextMethodBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.DecimalSignalDictBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.AstModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.OpcodeModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.ForeignObjectBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PolyglotModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.JavaModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SocketBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SocketIoBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SocketModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SelectModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.SelectPollBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PosixSubprocessBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.PosixPipeBuiltinsFactory.getFactories(),
                        taipan.builtins.modules.TaipanSiteModuleBuiltinsFactory.getFactories(),
                        taipan.builtins.types.GetSetDescriptorBuiltinsFactory.getFactories());
    }

    /** Each native module's functions and constants by name, filled by {@link #createBuiltins}. */
    private final Map<String, Map<String, Object>> nativeModules = new LinkedHashMap<>();

    /** The parts of native modules' contents made on the module's first read (see {@link #completeNativeModule}). */
    private final Map<String, java.util.function.Consumer<Map<String, Object>>> deferred =
                    new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Map<String, Map<String, Object>> getNativeModules() {
        return nativeModules;
    }

    @Override
    public void completeNativeModule(String name) {
        if (!deferred.containsKey(name)) {
            return; // every import asks (hasNativeModule): no lock once a module is complete or never deferred
        }
        synchronized (deferred) {
            java.util.function.Consumer<Map<String, Object>> rest = deferred.get(name);
            if (rest != null) {
                rest.accept(nativeModules.computeIfAbsent(name, k -> new LinkedHashMap<>()));
                deferred.remove(name); // only now: another thread that saw the entry waits above until it is done
            }
        }
    }

    @Override
    public Map<String, Object> createBuiltins(TaipanLanguage language) {
        Map<String, Object> namespace = new LinkedHashMap<>();
        for (BuiltinType type : BuiltinType.values()) {
            if (isInBuiltinsNamespace(type)) {
                namespace.put(type.getPythonName(), language.getBuiltinClass(type));
            }
        }
        Map<String, BuiltinSpec> index = BuiltinSpec.readIndex();
        for (List<? extends NodeFactory<? extends PythonBuiltinNode>> factories : containers()) {
            for (NodeFactory<? extends PythonBuiltinNode> factory : factories) {
                register(language, factory, namespace, index);
            }
        }
        taipan.language.StartupTrace.mark("builtins: functions registered");
        taipan.builtins.types.BuiltinNewMethods.install(language, ownConstructors(language));
        taipan.builtins.types.BuiltinNewMethods.installExceptions(language);
        inheritConstructors(language);
        addModuleClasses(language);
        taipan.builtins.modules.CollectionsModuleSetup.install(language);
        taipan.builtins.modules.IoModuleBuiltins.install(language);
        taipan.builtins.modules.SreModuleSetup.install(language);
        taipan.builtins.modules.NativesSetup.install(language, nativeModules);
        // the zone names take the JDK's locale data (~25 ms): a program that never imports time does not pay for them
        nativeModules.computeIfAbsent("time", k -> new LinkedHashMap<>());
        deferred.put("time", taipan.builtins.modules.TimeStructBuiltins::constants);
        taipan.builtins.modules.PosixStructBuiltins.install(language);
        taipan.builtins.modules.ImpModuleBuiltins.constants(nativeModules.computeIfAbsent("_imp", k -> new LinkedHashMap<>()));
        nativeModules.computeIfAbsent("marshal", k -> new LinkedHashMap<>()).put("version", 4L);
        taipan.builtins.modules.CsvModuleBuiltins.constants(nativeModules.computeIfAbsent("_csv", k -> new LinkedHashMap<>()));
        taipan.builtins.modules.CsvDialectBuiltins.install(language);
        taipan.builtins.modules.ContextvarsModuleBuiltins.install(language);
        taipan.nodes.classes.SlotWrappers.install(language);
        mappingProxyMethods(language);
        frameLocalsProxyMethods(language);
        inheritMethods(language, BuiltinType.BUILTIN_FUNCTION, BuiltinType.METHOD_DESCRIPTOR);
        inheritMethods(language, BuiltinType.METHOD_DESCRIPTOR, BuiltinType.WRAPPER_DESCRIPTOR);
        inheritMethods(language, BuiltinType.BUILTIN_FUNCTION, BuiltinType.METHOD_WRAPPER);
        inheritMethods(language, BuiltinType.CLASSMETHOD, BuiltinType.CLASSMETHOD_DESCRIPTOR);
        taipan.builtins.types.BuiltinDescriptors.install(language);
        taipan.language.StartupTrace.mark("builtins: classes set up");
        namespace.put("NotImplemented", taipan.runtime.object.PNotImplemented.NOT_IMPLEMENTED);
        namespace.put("Ellipsis", taipan.runtime.object.PEllipsis.ELLIPSIS);
        namespace.put("False", false); // the constants are builtins' attributes too (getattr(builtins, "True"), dir())
        namespace.put("None", taipan.runtime.object.PNone.NONE);
        namespace.put("True", true);
        namespace.put("EnvironmentError", language.getBuiltinClass(BuiltinType.OS_ERROR));
        namespace.put("IOError", language.getBuiltinClass(BuiltinType.OS_ERROR));
        nativeModules.computeIfAbsent("sys", k -> new LinkedHashMap<>()).putAll(SysModuleBuiltins.constants());
        nativeModules.computeIfAbsent("sys", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.SysNumberBuiltins.constants());
        nativeModules.get("sys").put("__excepthook__", nativeModules.get("sys").get("excepthook"));
        nativeModules.get("sys").put("__displayhook__", nativeModules.get("sys").get("displayhook"));
        nativeModules.computeIfAbsent("_signal", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.SignalModuleBuiltins.constants());
        nativeModules.computeIfAbsent("_thread", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.ThreadModuleBuiltins.constants(language));
        nativeModules.computeIfAbsent("_weakref", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.WeakrefModuleBuiltins.constants(language));
        nativeModules.computeIfAbsent(taipan.builtins.modules.SysconfigData.MODULE_NAME, k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.SysconfigData.constants(language));
        taipan.language.StartupTrace.mark("builtins: sys to _weakref constants");
        nativeModules.computeIfAbsent("posix", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.PosixModuleBuiltins.constants(language, System.getenv()));
        nativeModules.computeIfAbsent("math", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.MathModuleBuiltins.constants());
        nativeModules.computeIfAbsent("_typing", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.TypingModuleBuiltins.constants(language));
        taipan.language.StartupTrace.mark("builtins: posix, math, _typing constants");
        nativeModules.computeIfAbsent("_io", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.IoModuleBuiltins.constants(language));
        namespace.put("open", nativeModules.get("_io").get("open"));
        nativeModules.computeIfAbsent("_sre", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.SreModuleBuiltins.constants());
        nativeModules.computeIfAbsent("errno", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.ErrnoModule.constants(language.threadingMode()));
        taipan.language.StartupTrace.mark("builtins: _io, _sre, errno constants");
        nativeModules.computeIfAbsent("_decimal", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.DecimalModuleBuiltins.constants(language));
        taipan.builtins.modules.DecimalContextAttributeBuiltins.install(language);
        // ~130 classes made from the ASDL schema: only for programs that import ast or compile to an AST
        deferred.put("_ast", contents -> taipan.builtins.modules.AstModuleBuiltins.install(language, contents));
        taipan.language.StartupTrace.mark("builtins: _decimal, _ast");
        nativeModules.computeIfAbsent("_opcode", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.OpcodeModuleBuiltins.constants());
        nativeModules.computeIfAbsent("_socket", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.SocketModuleBuiltins.constants(language));
        taipan.builtins.modules.SocketModuleBuiltins.install(language);
        nativeModules.computeIfAbsent("select", k -> new LinkedHashMap<>()).putAll(taipan.builtins.modules.SelectModuleBuiltins.constants(language));
        nativeModules.computeIfAbsent("_tokenize", k -> new LinkedHashMap<>()); // tokenize imports it; linecache (so warnings) imports tokenize
        return namespace;
    }

    /** How many leading parameters only take positional arguments (see {@link Builtin#positionalOnlyCount()}). */
    private static int positionalOnlyCount(BuiltinSpec builtin) {
        if (builtin.positionalOnly()) {
            return builtin.parameterNames().length;
        } else if (builtin.positionalOnlyCount() >= 0) {
            return builtin.positionalOnlyCount();
        }
        boolean hasReceiver = builtin.constructsClass().length > 0 || builtin.extendClasses().length > 0;
        return hasReceiver && builtin.parameterNames().length > 0 ? 1 : 0;
    }

    private void register(TaipanLanguage language, NodeFactory<? extends PythonBuiltinNode> factory,
                    Map<String, Object> namespace, Map<String, BuiltinSpec> index) {
        BuiltinSpec builtin = index.get(factory.getNodeClass().getName());
        if (builtin == null) {
            builtin = BuiltinSpec.of(factory.getNodeClass());
        }
        Signature signature = new Signature(builtin.name(), builtin.parameterNames(), builtin.minNumOfPositionalArgs(),
                        positionalOnlyCount(builtin), builtin.takesVarArgs(), builtin.keywordOnlyNames(),
                        builtin.takesVarKeywords(), true);
        // methods of built-in classes get the built-in value of a subclass instance as their receiver
        List<BuiltinType> extend = List.of(builtin.extendClasses());
        boolean unwrap = !extend.isEmpty() && builtin.constructsClass().length == 0 && !builtin.classMethod() &&
                        !builtin.staticMethod() && !builtin.wholeReceiver() && !extend.contains(BuiltinType.OBJECT) &&
                        !extend.contains(BuiltinType.TYPE);
        BuiltinType[] owners = unwrap && !builtin.staticMethod() ? builtin.extendClasses() : null;
        String name = builtin.name();
        boolean split = builtin.splitPerCallSite();
        LazyCallTarget callTarget = new LazyCallTarget(
                        () -> new BuiltinRootNode(language, name, factory, unwrap).withOwners(owners).withSplitPerCallSite(split));
        PBuiltinFunction function = new PBuiltinFunction(signature, callTarget);
        if (builtin.constructsClass().length > 0) {
            // a constructor is reached by calling its class, wherever its container puts its other nodes
        } else if (!builtin.hasContainer()) {
            namespace.put(builtin.name(), function);
        } else if (!builtin.defineModule().isEmpty()) {
            nativeModules.computeIfAbsent(builtin.defineModule(), k -> new LinkedHashMap<>()).put(builtin.name(),
                            new PBuiltinFunction(signature, callTarget, builtin.defineModule()));
        } else {
            // one function object per class, so that its __qualname__ and its error messages name that class
            for (BuiltinType type : builtin.extendClasses()) {
                PythonClass cls = language.getBuiltinClass(type);
                boolean isNew = builtin.name().equals("__new__") && !builtin.classMethod() && !builtin.staticMethod();
                PBuiltinFunction method = isNew ? PBuiltinFunction.newOf(cls, signature.asMethodOf(type, cls.getName()), callTarget)
                                : new PBuiltinFunction(signature.asMethodOf(type, cls.getName()), callTarget);
                if ((!type.getNativeModule().equals("builtins") || type == BuiltinType.CELL || type == BuiltinType.CODE) && builtin.name().startsWith("__")) {
                    method.markNativeSlot();
                }
                cls.setAttribute(builtin.name(), builtin.classMethod() ? new PClassMethod(method)
                                : builtin.staticMethod() ? new taipan.runtime.function.PStaticMethod(method) : method);
            }
        }
        for (BuiltinType type : builtin.constructsClass()) {
            language.getBuiltinClass(type).setConstructor(function);
        }
    }

    /** The classes native modules define ({@code itertools.count}) go into their modules' namespaces. */
    private void addModuleClasses(TaipanLanguage language) {
        for (BuiltinType type : BuiltinType.values()) {
            if (!type.getNativeModule().equals("builtins")) {
                nativeModules.computeIfAbsent(type.getNativeModule(), k -> new LinkedHashMap<>()).put(type.getPythonName(),
                                language.getBuiltinClass(type));
            }
        }
    }

    /** {@code mappingproxy} reads as the dict it wraps: it takes dict's reading methods (see PBuiltinSubclassObject). */
    private static void mappingProxyMethods(TaipanLanguage language) {
        PythonClass dict = language.getBuiltinClass(BuiltinType.DICT);
        PythonClass proxy = language.getBuiltinClass(BuiltinType.MAPPING_PROXY);
        for (String name : new String[]{"keys", "values", "items", "get", "copy", "__getitem__", "__contains__",
                        "__iter__", "__len__", "__eq__", "__ne__", "__or__"}) {
            Object method = dict.getOwnAttribute(name);
            if (method != null) {
                proxy.setAttribute(name, method);
            }
        }
    }

    /** The descriptor classes of built-in methods take the methods of the kind of callable they hold. */
    private static void inheritMethods(TaipanLanguage language, BuiltinType from, BuiltinType to) {
        PythonClass source = language.getBuiltinClass(from);
        PythonClass target = language.getBuiltinClass(to);
        for (Map.Entry<String, Object> e : source.getOwnAttributes().entrySet()) {
            if (target.getOwnAttribute(e.getKey()) == null) {
                target.setAttribute(e.getKey(), e.getValue());
            }
        }
    }

    /** {@code FrameLocalsProxy} is a dict over a frame's variables (see FrameLocals): it takes dict's methods. */
    private static void frameLocalsProxyMethods(TaipanLanguage language) {
        PythonClass dict = language.getBuiltinClass(BuiltinType.DICT);
        PythonClass proxy = language.getBuiltinClass(BuiltinType.FRAME_LOCALS_PROXY);
        for (String name : new String[]{"keys", "values", "items", "get", "copy", "setdefault", "pop", "update",
                        "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "__len__", "__repr__",
                        "__eq__", "__ne__", "__or__", "__reversed__"}) {
            Object method = dict.getOwnAttribute(name);
            if (method != null) {
                proxy.setAttribute(name, method);
            }
        }
        proxy.setAttribute("__hash__", taipan.runtime.object.PNone.NONE);
    }

    /** The built-in classes that have a constructor before {@link #inheritConstructors} gives the others theirs. */
    private static List<BuiltinType> ownConstructors(TaipanLanguage language) {
        List<BuiltinType> owners = new java.util.ArrayList<>();
        for (BuiltinType type : BuiltinType.values()) {
            if (language.getBuiltinClass(type).getConstructor() != null) {
                owners.add(type);
            }
        }
        return owners;
    }

    /** A class without a constructor of its own is constructed as its nearest base is (exceptions, mostly). */
    private static void inheritConstructors(TaipanLanguage language) {
        for (BuiltinType type : BuiltinType.values()) {
            PythonClass cls = language.getBuiltinClass(type);
            if (cls.getConstructor() == null) {
                for (PythonClass base : cls.getMro()) {
                    if (base.getConstructor() != null) {
                        cls.setConstructor(base.getConstructor());
                        break;
                    }
                }
            }
        }
    }

    private static boolean isInBuiltinsNamespace(BuiltinType type) {
        if (!type.getNativeModule().equals("builtins")) {
            return false;
        }
        return switch (type) {
            case NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, METHOD, ITERATOR -> false;
            case MEMBER_DESCRIPTOR, MAPPING_PROXY, GENERIC_ALIAS -> false;
            case GETSET_DESCRIPTOR, UNION_TYPE -> false;
            case NONE_TYPE, MODULE, SIMPLE_NAMESPACE, BUILTIN_FUNCTION, FUNCTION, RANGE_ITERATOR, TUPLE_ITERATOR, LIST_ITERATOR, STR_ITERATOR -> false;
            case CALLABLE_ITERATOR, STRUCT_TIME -> false;
            case MAPPINGPROXY -> false;
            case GENERATOR -> false;
            case LOCK, RLOCK, THREAD_HANDLE, THREAD_LOCAL, WEAKREF, WEAKPROXY, WEAKCALLABLEPROXY -> false;
            case COROUTINE, ASYNC_GENERATOR, COROUTINE_WRAPPER, ASYNC_GENERATOR_ASEND, ASYNC_GENERATOR_ATHROW -> false;
            case ANEXT_AWAITABLE, FRAME -> false;
            case CELL, CODE, TRACEBACK -> false;
            case FRAME_LOCALS_PROXY, METHOD_DESCRIPTOR, CLASSMETHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR, METHOD_WRAPPER -> false;
            case TEXT_IO_WRAPPER -> false;
            case BYTES_ITERATOR, BYTEARRAY_ITERATOR -> false;
            case DICT_KEYS, DICT_VALUES, DICT_ITEMS, DICT_KEY_ITERATOR, DICT_VALUE_ITERATOR, DICT_ITEM_ITERATOR -> false;
            case DICT_REVERSE_KEY_ITERATOR, SET_ITERATOR, LIST_REVERSE_ITERATOR -> false;
            default -> true;
        };
    }
}
