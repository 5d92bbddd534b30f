#!/usr/bin/python3
# LibreOffice's own document compare, whole process, for Benchmarks/run: starts LibreOffice
# headless, opens NEW, compares it with OLD (Edit > Track Changes > Compare Document) and
# saves the result, with the differences as tracked changes, as OUT.docx.
#   lo_compare.py OLD.docx NEW.docx OUT.docx
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


old, new, out = (os.path.abspath(p) for p in sys.argv[1:4])
profile = tempfile.mkdtemp(prefix="resolint-lo-")
pipe = "resolintcompare%d" % os.getpid()
office = subprocess.Popen(
    ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "-env:UserInstallation=file://" + profile,
     "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
context = None
for _ in range(240):
    try:
        context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        break
    except Exception:
        time.sleep(0.25)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(new), "_blank", 0, (prop("Hidden", True),))
dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
frame = document.getCurrentController().getFrame()
dispatcher.executeDispatch(frame, ".uno:CompareDocuments", "", 0, (prop("URL", uno.systemPathToFileUrl(old)),))
document.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "MS Word 2007 XML"),))
document.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=60)
